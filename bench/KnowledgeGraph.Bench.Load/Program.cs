using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Bench.Load;

// A mixed read/write load on the GraphQL API: N concurrent clients for a fixed time, then a count check that every
// acknowledged write is present. Prints requests/s and latency percentiles; exits 1 on any error or lost write.
var options = LoadOptions.Parse(args);
using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
using var http = new HttpClient(handler) { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(30) };
if (options.Key is not null)
{
    http.DefaultRequestHeaders.Add("X-Api-Key", options.Key);
}

var setup = await PostAsync(http, """mutation { upsertNode(input: { id: "src-load-bench", kind: SOURCE, name: "Load bench", confidence: HIGH }) { changed } }""", null);
if (setup is not null)
{
    Console.Error.WriteLine($"setup failed: {setup}");
    return 1;
}

var ids = await ReadIdsAsync(http);
Console.WriteLine($"load: {options.Clients} clients, {options.Duration.TotalSeconds:0} s, {options.WritePercent}% writes, {ids.Count} institutions to read, against {options.Url}");
var stopAt = Stopwatch.GetTimestamp() + (long)(options.Duration.TotalSeconds * Stopwatch.Frequency);
var clock = Stopwatch.StartNew();
var results = await Task.WhenAll(Enumerable.Range(0, options.Clients).Select(c => Task.Run(() => RunClientAsync(http, c, ids, options.WritePercent, stopAt))));
var elapsed = clock.Elapsed.TotalSeconds;

var latencies = results.SelectMany(r => r.LatenciesMicroseconds).Order().ToList();
var errors = results.SelectMany(r => r.Errors).ToList();
var acknowledged = results.SelectMany(r => r.AcknowledgedWrites).ToList();
var lost = await CountMissingAsync(http, acknowledged);
var culture = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(culture, $"requests: {latencies.Count:N0} ({results.Sum(r => r.Reads):N0} reads, {results.Sum(r => r.Writes):N0} writes) in {elapsed:F1} s = {latencies.Count / elapsed:N0} requests/s"));
Console.WriteLine($"latency: p50 {LoadResult.Percentile(latencies, 50)}, p90 {LoadResult.Percentile(latencies, 90)}, p99 {LoadResult.Percentile(latencies, 99)}, max {LoadResult.Percentile(latencies, 100)}");
Console.WriteLine(string.Create(culture, $"errors: {errors.Count}; acknowledged writes: {acknowledged.Count:N0}; lost writes: {lost}"));
foreach (var error in errors.Take(5))
{
    Console.WriteLine($"  error: {error}");
}

return errors.Count == 0 && lost == 0 ? 0 : 1;

static async Task<LoadResult> RunClientAsync(HttpClient http, int client, IReadOnlyList<string> ids, int writePercent, long stopAt)
{
    var result = new LoadResult();
    var random = new Random(client);
    for (var i = 0; Stopwatch.GetTimestamp() < stopAt; i++)
    {
        var write = random.Next(100) < writePercent;
        string query;
        object? variables;
        string? writtenId = null;
        if (write)
        {
            writtenId = $"load-c{client}-n{i}";
            query = "mutation W($input: NodeInput!) { upsertNode(input: $input) { created } }";
            variables = new { input = new { id = writtenId, kind = "INSTITUTION", name = $"Load {client}/{i}", confidence = "LOW", sources = new[] { "src-load-bench" }, properties = new { country = "mx" } } };
        }
        else
        {
            (query, variables) = random.Next(3) switch
            {
                0 => ("query N($id: ID!) { node(id: $id) { id name ... on Institution { acronym partOf { parent { id name } } } } }", (object?)new { id = ids[random.Next(ids.Count)] }),
                1 => ("query S($t: String!) { search(text: $t, first: 10) { id name } }", new { t = random.Next(2) == 0 ? "policía" : "sedena" }),
                _ => ("{ institutions(first: 20, order: [{ name: ASC }]) { totalCount edges { node { id name } } } }", null),
            };
        }

        var started = Stopwatch.GetTimestamp();
        var error = await PostAsync(http, query, variables);
        result.LatenciesMicroseconds.Add((Stopwatch.GetTimestamp() - started) * 1_000_000 / Stopwatch.Frequency);
        if (error is not null)
        {
            result.Errors.Add(error);
        }
        else if (writtenId is not null)
        {
            result.AcknowledgedWrites.Add(writtenId);
        }

        if (write)
        {
            result.Writes++;
        }
        else
        {
            result.Reads++;
        }
    }

    return result;
}

static async Task<string?> PostAsync(HttpClient http, string query, object? variables)
{
    try
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            return $"HTTP {(int)response.StatusCode}: {Trim(text)}";
        }

        var body = JsonNode.Parse(text);
        return body?["errors"] is JsonArray { Count: > 0 } ? Trim(text) : null;
    }
    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
    {
        return e.GetType().Name + ": " + e.Message;
    }
}

static async Task<List<string>> ReadIdsAsync(HttpClient http)
{
    using var response = await http.PostAsJsonAsync("/graphql", new { query = "{ institutions(first: 100) { edges { node { id } } } }" });
    var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
    var ids = body?["data"]?["institutions"]?["edges"]?.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()).ToList() ?? [];
    return ids.Count > 0 ? ids : ["src-load-bench"];
}

static async Task<int> CountMissingAsync(HttpClient http, List<string> written)
{
    var missing = 0;
    foreach (var chunk in written.Chunk(200))
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query = "query N($ids: [ID!]!) { nodes(ids: $ids) { id } }", variables = new { ids = chunk } });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        var nodes = body?["data"]?["nodes"]?.AsArray() ?? [];
        missing += chunk.Length - nodes.Count(n => n is not null);
    }

    return missing;
}

static string Trim(string text) => text.Length <= 300 ? text : text[..300] + "…";
