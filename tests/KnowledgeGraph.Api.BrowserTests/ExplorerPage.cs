using System.Text.Json;
using Microsoft.Playwright;

namespace KnowledgeGraph.Api.BrowserTests;

/// <summary>The explorer page as a user (and a screen reader) sees it, plus the cytoscape instance the page exposes.</summary>
public sealed class ExplorerPage(IPage page) : IAsyncDisposable
{
    private const float Timeout = 30_000;
    private readonly List<string> _errors = [];

    public IPage Page { get; } = page;

    /// <summary>Console errors (CSP violations among them) and uncaught exceptions seen so far.</summary>
    public IReadOnlyList<string> Errors => _errors;

    public async Task LoadAsync()
    {
        Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Add(message.Text);
            }
        };
        Page.PageError += (_, error) => _errors.Add(error);
        Page.SetDefaultTimeout(Timeout);
        await Page.GotoAsync("/");
        await Page.WaitForSelectorAsync("body[data-ready]");
        if (await Page.GetAttributeAsync("body", "data-ready") != "true")
        {
            var status = await Page.Locator("#status").InnerTextAsync();
            throw new InvalidOperationException($"The page did not start: {status} {string.Join(" | ", _errors)}");
        }
    }

    public async Task<int> DrawCountAsync() =>
        int.Parse(await Page.GetAttributeAsync("#graph", "data-draw-count") ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Runs an action that redraws the graph and waits for the new drawing.</summary>
    public async Task RedrawAsync(Func<Task> action)
    {
        var before = await DrawCountAsync();
        await action();
        await Page.WaitForFunctionAsync(
            "n => Number(document.getElementById('graph').dataset.drawCount) > n && document.getElementById('graph').dataset.state === 'ready'",
            before);
    }

    /// <summary>Types into a combobox and returns the options' texts once the list shows.</summary>
    public async Task<IReadOnlyList<string>> TypeSearchAsync(string inputSelector, string text)
    {
        var input = Page.Locator(inputSelector);
        await input.FillAsync(string.Empty);
        await input.PressSequentiallyAsync(text);
        var listId = await input.GetAttributeAsync("aria-controls");
        await Page.WaitForSelectorAsync($"#{listId}:not([hidden]) [role=option]");
        await Page.WaitForFunctionAsync(
            "([id, text]) => document.getElementById(id).dataset.query === text",
            new object[] { listId!, text });
        return await Page.Locator($"#{listId} [role=option]").AllInnerTextsAsync();
    }

    /// <summary>Keyboard only: type, ArrowDown to the option whose id matches, Enter.</summary>
    public async Task ChooseWithKeyboardAsync(string inputSelector, string text, string nodeId)
    {
        await TypeSearchAsync(inputSelector, text);
        var listId = await Page.Locator(inputSelector).GetAttributeAsync("aria-controls");
        var ids = await Page.Locator($"#{listId} [role=option]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.id ?? '')");
        var index = Array.IndexOf(ids, nodeId);
        index.ShouldBeGreaterThanOrEqualTo(0, $"'{text}' did not list {nodeId}; listed: {string.Join(", ", ids)}");
        for (var i = 0; i < index; i++)
        {
            await Page.Keyboard.PressAsync("ArrowDown");
        }

        var active = await Page.Locator(inputSelector).GetAttributeAsync("aria-activedescendant");
        (await Page.Locator($"#{active}").GetAttributeAsync("data-id")).ShouldBe(nodeId);
        await Page.Keyboard.PressAsync("Enter");
    }

    /// <summary>Searches with the main box and draws the chosen node's neighbourhood.</summary>
    public Task FocusAsync(string text, string nodeId) =>
        RedrawAsync(() => ChooseWithKeyboardAsync("#search-input", text, nodeId));

    public async Task<string[]> DrawnNodeIdsAsync() =>
        await Page.EvaluateAsync<string[]>("() => window.kgExplorer.cy.nodes().map(n => n.id())");

    /// <summary>Drawn edges as "from TYPE to".</summary>
    public async Task<string[]> DrawnEdgesAsync() =>
        await Page.EvaluateAsync<string[]>(
            "() => window.kgExplorer.cy.edges().map(e => `${e.source().id()} ${e.data('type')} ${e.target().id()}`)");

    public async Task<string[]> ListedNodeIdsAsync() =>
        await Page.Locator("#node-list .node-button").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.nodeId)");

    public async Task SetAsOfAsync(string isoDate)
    {
        var input = Page.Locator("#asof-input");
        await input.FillAsync(isoDate); // fires input and change, as a user's edit does
    }

    public static string Json(object value) => JsonSerializer.Serialize(value);

    public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();
}
