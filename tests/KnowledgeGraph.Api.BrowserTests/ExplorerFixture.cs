using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KnowledgeGraph.Api.BrowserTests;

/// <summary>
/// One real API on Kestrel (127.0.0.1, a free port) over a temporary database seeded from graph-seeds/, and one
/// headless Debian Chromium driven by Playwright (never a downloaded browser), shared by the tests of a class.
/// </summary>
public sealed class ExplorerFixture : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private readonly string _tempDir = Path.Combine(Path.GetTempPath(), $"kg-explorer-{Guid.NewGuid():N}");
    private ExplorerApiFactory? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseUrl { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run scripts/deps/browser.sh (Debian chromium).");
        }

        if (!File.Exists(RepositoryPaths.ExplorerBundle))
        {
            throw new InvalidOperationException("The explorer bundle is missing: run scripts/deps/explorer.sh.");
        }

        Directory.CreateDirectory(_tempDir);
        _factory = new ExplorerApiFactory(ApiSettings.ForTempDatabase(_tempDir));
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        BaseUrl = new Uri(addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
    }

    /// <summary>A fresh page (own context) on the explorer, loaded and ready.</summary>
    public async Task<ExplorerPage> OpenAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1440, Height = 1000 },
            BaseURL = BaseUrl.ToString(),
        });
        var page = await context.NewPageAsync();
        var explorer = new ExplorerPage(page);
        await explorer.LoadAsync();
        return explorer;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        try
        {
            Directory.Delete(_tempDir, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the host's shutdown: the OS cleans the temp folder.
        }
    }
}
