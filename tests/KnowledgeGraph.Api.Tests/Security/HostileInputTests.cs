using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KnowledgeGraph.Storage.Embedded;
using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.Security;

/// <summary>
/// A bounded fuzz run (seeded, 500 cases or 45 s, at least 50): random and mutated GraphQL documents, variables and bodies. The API
/// must never answer 5xx, never leak internals (stack traces, exception type names), never run past its request
/// timeout, keep serving, and leave the store's integrity intact.
/// </summary>
public sealed partial class HostileInputTests(FuzzApiFixture api, ITestOutputHelper output) : IClassFixture<FuzzApiFixture>
{
    private const int Cases = 500;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(45);

    private static readonly string[] Corpus =
    [
        """{ node(id: "mx-sedena") { id name ... on Institution { acronym country } } }""",
        """{ search(text: "sedena", first: 5) { id name } }""",
        """{ institutions(first: 3, where: { name: { contains: "Defensa" } }, order: [{ name: ASC }]) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }""",
        """{ neighbourhood(id: "mx-sedena", depth: 2) { nodes { id } edges { id type source target } } }""",
        """query Q($id: ID!, $first: Int) { node(id: $id) { id } search(text: $id, first: $first) { id } }""",
        """mutation M($input: NodeInput!) { upsertNode(input: $input) { created node { id } } }""",
        """mutation { addRelationship(input: { type: SOURCED_BY, from: "mx-sedena", to: "src-test", confidence: LOW, sources: ["src-test"] }) { created } }""",
        """mutation { deleteNode(id: "mx-fuzz-nothing") { id } }""",
        """{ auditLog(first: 3) { actor } }""",
        """{ __schema { types { name fields { name } } } }""",
        """{ __type(name: "Institution") { name fields { name type { name kind } } } }""",
        """fragment F on Node { id name } { node(id: "mx-sedena") { ...F ...F } }""",
    ];

    private static readonly string[] Noise =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "@", "...", "\"", "\\", "\"\"\"", "#", ",", "!", "=", "|", "&",
        "\u0000", "\uFFFF", "\uD83D\uDE00", "é", "null", "true", "-1", "1e309", "99999999999999999999", "__typename",
        "fragment", "on", "query", "mutation", "subscription", "directive", "@skip(if: true)", "@include(if: $x)",
        "node(id: \"x\")", "first: -5", "first: 1000000", "where: { }", "{ id }",
    ];

    private static readonly TextMutator Mutator = new(Noise, maxEdits: 5, maxRun: 12);

    [Fact]
    public async Task NeverAnswers5xxLeaksInternalsOrHangsAndKeepsTheStoreIntact()
    {
        var random = new Random(424242);
        var clock = Stopwatch.StartNew();
        var ran = 0;
        var failures = new List<string>();
        for (; ran < Cases && clock.Elapsed < Budget; ran++)
        {
            using var request = NextRequest(random, out var description);
            var started = Stopwatch.StartNew();
            HttpResponseMessage response;
            try
            {
                response = await api.Http.SendAsync(request);
            }
            catch (TaskCanceledException)
            {
                failures.Add($"case {ran} hung past the client timeout: {description}");
                continue;
            }

            using (response)
            {
                var elapsed = started.Elapsed;
                var body = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"case {ran}: {(int)response.StatusCode} for {description}: {Trim(body)}");
                }

                if (Leak().Match(body) is { Success: true } leak)
                {
                    failures.Add($"case {ran}: leaked '{leak.Value}' for {description}: {Trim(body)}");
                }

                if (elapsed > FuzzApiFixture.RequestTimeout + TimeSpan.FromSeconds(10))
                {
                    failures.Add($"case {ran}: took {elapsed.TotalSeconds:F1} s for {description}");
                }
            }
        }

        output.WriteLine($"{ran} cases in {clock.Elapsed.TotalSeconds:F1} s");
        failures.ShouldBeEmpty();
        ran.ShouldBeGreaterThanOrEqualTo(50, $"only {ran} cases ran in {Budget.TotalSeconds} s");
        var alive = await api.Send("""{ node(id: "mx-sedena") { id } }""");
        alive.Status.ShouldBe(HttpStatusCode.OK, alive.Text);
        (await ((IEmbeddedStoreMaintenance)api.Store).CheckIntegrityAsync()).ShouldBeEmpty();
    }

    private static HttpRequestMessage NextRequest(Random random, out string description)
    {
        var document = random.Next(10) switch
        {
            0 => Deep(random),
            1 => ManyAliases(random),
            2 => RandomTokens(random),
            _ => Mutator.Mutate(random, Corpus[random.Next(Corpus.Length)]),
        };
        var variables = RandomVariables(random);
        switch (random.Next(10))
        {
            case 0:
                description = $"GET query={Trim(document)}";
                var get = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(document) + "&variables=" + Uri.EscapeDataString(variables));
                get.Headers.TryAddWithoutValidation("Accept", random.Next(2) == 0 ? "application/json" : "application/graphql-response+json");
                return get;
            case 1:
                var raw = Mutator.Mutate(random, JsonSerializer.Serialize(new { query = document }));
                description = $"raw body {Trim(raw)}";
                return Post(raw, random.Next(3) == 0 ? "text/plain" : "application/json");
            default:
                var body = $"{{\"query\":{JsonSerializer.Serialize(document)},\"variables\":{variables}}}";
                description = $"POST {Trim(body)}";
                return Post(body, "application/json");
        }
    }

    private static HttpRequestMessage Post(string body, string contentType)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json, application/json;q=0.9");
        return request;
    }

    private static string Deep(Random random)
    {
        var depth = random.Next(10, 400);
        return random.Next(2) == 0
            ? new string('{', depth) + " id " + new string('}', depth)
            : "{ node(id: \"mx-sedena\") " + string.Concat(Enumerable.Repeat("{ ... on Node { id ", depth)) + string.Concat(Enumerable.Repeat("} }", depth)) + " }";
    }

    private static string ManyAliases(Random random)
    {
        var count = random.Next(50, 800);
        return "{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"a{i}: search(text: \"s{i}\", first: 200) {{ id name }}")) + " }";
    }

    private static string RandomTokens(Random random) =>
        string.Join(' ', Enumerable.Range(0, random.Next(1, 80)).Select(_ => Noise[random.Next(Noise.Length)]));

    private static string RandomVariables(Random random) => random.Next(8) switch
    {
        0 => "null",
        1 => "[]",
        2 => "\"text\"",
        3 => """{"id": 12, "first": "many", "input": {"id": "Bad Id", "kind": "PLANET", "name": null}}""",
        4 => """{"id": "mx-sedena", "first": 2147483648, "input": {"id": "mx-fuzz", "kind": "INSTITUTION", "name": "F", "confidence": "LOW", "sources": ["src-test"], "properties": {"country": "mx", "acronym": {"deep": [1, 2, {"x": null}]}}}}""",
        5 => "{" + string.Join(',', Enumerable.Range(0, random.Next(1, 200)).Select(i => $"\"v{i}\": {i}")) + "}",
        6 => """{"input": {"id": "mx-fuzz-2", "kind": "INSTITUTION", "name": "F2", "confidence": "LOW", "sources": ["src-test"], "properties": {"country": "us"}}}""",
        _ => "{}",
    };

    private static string Trim(string text) => text.Length <= 300 ? text : text[..300] + "…";

    /// <summary>Stack frames, .NET exception type names and namespaces: none belong in an answer.</summary>
    [GeneratedRegex(@"\n\s+at |\b\w+Exception\b|\bSystem\.[A-Z]\w+|\bMicrosoft\.[A-Z]\w+|\bKnowledgeGraph\.[A-Z]\w+")]
    private static partial Regex Leak();
}
