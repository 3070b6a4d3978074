using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Embedded;
using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.Reliability;

/// <summary>
/// Kills the API process (SIGKILL) in the middle of a stream of mutations, restarts it on the same database, and checks
/// durability and atomicity: every acknowledged write is there, every acknowledged delete is gone, and a deleteNode
/// (one transaction removing a node and its relationship) is never half applied.
/// </summary>
public sealed class ServerCrashTests(ITestOutputHelper output) : IDisposable
{
    private const string Source = "src-crash";
    private const int Writers = 4;

    private const string Upsert = "mutation U($input: NodeInput!) { upsertNode(input: $input) { changed } }";
    private const string Link = "mutation L($input: RelationshipInput!) { addRelationship(input: $input) { created } }";
    private const string Delete = "mutation D($id: ID!) { deleteNode(id: $id) { nodesDeleted relationshipsDeleted } }";

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task KeepsEveryAcknowledgedMutationAndNeverHalfAppliesOneAfterSigkill()
    {
        var database = _directory.File("kg.db");
        var environment = new Dictionary<string, string>
        {
            ["Storage__Embedded__Path"] = database,
            ["Seeds__Path"] = _directory.File("no-seeds"), // start empty instead of loading graph-seeds/
        };
        var random = new Random(20261126);
        var killAfter = random.Next(60, 100);
        var log = new MutationLog();

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await using (var server = ApiProcess.Start(environment))
        {
            await server.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
            output.WriteLine($"ready after {clock.Elapsed.TotalSeconds:F1} s");
            using var http = server.CreateClient();
            (await TrySendAsync(http, Upsert, new { input = NodeInput(Source, "SOURCE") })).ShouldBeTrue(server.Output);

            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(() => WriteAsync(http, w, log, stop.Token))).ToList();
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (log.Acknowledged < killAfter && DateTime.UtcNow < deadline && writers.All(t => !t.IsCompleted))
            {
                await Task.Delay(5);
            }

            server.Kill();
            output.WriteLine($"killed after {log.Acknowledged} acknowledgements at {clock.Elapsed.TotalSeconds:F1} s");
            await stop.CancelAsync();
            await Task.WhenAll(writers);
            log.Acknowledged.ShouldBeGreaterThanOrEqualTo(killAfter, $"the writers stopped early:\n{server.Output}");
            log.Lost.ShouldBeGreaterThan(0, "the kill should have cut at least one request in flight");
        }

        await using (var restarted = ApiProcess.Start(environment))
        {
            await restarted.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
            output.WriteLine($"restarted at {clock.Elapsed.TotalSeconds:F1} s");
            using var http = restarted.CreateClient();
            var present = await PresentNodesAsync(http, log.AllNodeIds());

            var store = EmbeddedGraphStore.Open(database);
            try
            {
                var relationships = new HashSet<string>(StringComparer.Ordinal);
                await foreach (var relationship in store.ReadAllRelationshipsAsync())
                {
                    relationships.Add(relationship.From);
                }

                foreach (var id in log.AcknowledgedUpserts.Keys.Where(id => !log.DeleteSent.ContainsKey(id)))
                {
                    present.ShouldContainKey(id, $"acknowledged upsert of {id} lost");
                    present[id].ShouldBe(log.AcknowledgedUpserts[id], $"{id} was not stored whole");
                }

                foreach (var id in log.AcknowledgedLinks.Keys.Where(id => !log.DeleteSent.ContainsKey(id)))
                {
                    relationships.ShouldContain(id, $"acknowledged relationship of {id} lost");
                }

                foreach (var id in log.DeleteSent.Keys)
                {
                    // A deleteNode removes the node and its relationship in one transaction: both or neither.
                    present.ContainsKey(id).ShouldBe(relationships.Contains(id), $"deleteNode({id}) was half applied");
                    if (log.AcknowledgedDeletes.ContainsKey(id))
                    {
                        present.ShouldNotContainKey(id, $"acknowledged delete of {id} undone");
                    }
                }

                (await ((IEmbeddedStoreMaintenance)store).CheckIntegrityAsync()).ShouldBeEmpty();
            }
            finally
            {
                ((IDisposable)store).Dispose();
            }
        }
    }

    /// <summary>Each writer: upsert a node, link it to the source, and every third round delete an earlier linked node.</summary>
    private static async Task WriteAsync(HttpClient http, int writer, MutationLog log, CancellationToken stop)
    {
        var linked = new Queue<string>();
        for (var round = 0; !stop.IsCancellationRequested; round++)
        {
            var id = $"crash-w{writer}-n{round}";
            var description = $"payload {writer}/{round} " + new string('x', 200 + (round % 7 * 50));
            log.Sent(id);
            if (!await log.SendAsync(http, Upsert, new { input = NodeInput(id, "INSTITUTION", description) }))
            {
                return;
            }

            log.AcknowledgedUpserts[id] = description;
            if (!await log.SendAsync(http, Link, new { input = new { type = "SOURCED_BY", from = id, to = Source, confidence = "LOW", sources = new[] { Source } } }))
            {
                return;
            }

            log.AcknowledgedLinks[id] = true;
            linked.Enqueue(id);
            if (round % 3 == 2 && linked.TryDequeue(out var victim))
            {
                log.DeleteSent[victim] = true;
                if (!await log.SendAsync(http, Delete, new { id = victim }))
                {
                    return;
                }

                log.AcknowledgedDeletes[victim] = true;
            }
        }
    }

    /// <summary>True when the API acknowledged the mutation (HTTP 200, data, no errors); false when the connection died.</summary>
    private static async Task<bool> TrySendAsync(HttpClient http, string query, object variables)
    {
        try
        {
            using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
            if (response.IsSuccessStatusCode && body?["errors"] is null && body?["data"] is JsonObject)
            {
                return true;
            }

            throw new InvalidOperationException($"the API refused a valid mutation: {(int)response.StatusCode} {body?.ToJsonString()}");
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static object NodeInput(string id, string kind, string? description = null) => kind == "SOURCE"
        ? new { id, kind, name = "Crash test source", confidence = "HIGH" }
        : new { id, kind, name = "Unidad " + id, description, confidence = "LOW", sources = new[] { Source }, properties = new { country = "mx" } };

    /// <summary>id → description of the nodes the restarted API returns.</summary>
    private static async Task<Dictionary<string, string>> PresentNodesAsync(HttpClient http, IReadOnlyList<string> ids)
    {
        var present = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(100))
        {
            using var response = await http.PostAsJsonAsync("/graphql", new { query = "query N($ids: [ID!]!) { nodes(ids: $ids) { id description } }", variables = new { ids = chunk } });
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            body["errors"].ShouldBeNull(body.ToJsonString());
            foreach (var node in body["data"]!["nodes"]!.AsArray().OfType<JsonObject>())
            {
                present[node["id"]!.GetValue<string>()] = node["description"]?.GetValue<string>() ?? string.Empty;
            }
        }

        return present;
    }

    private sealed class MutationLog
    {
        private readonly ConcurrentDictionary<string, bool> _sent = new(StringComparer.Ordinal);
        private int _acknowledged;
        private int _lost;

        public ConcurrentDictionary<string, string> AcknowledgedUpserts { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, bool> AcknowledgedLinks { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, bool> DeleteSent { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, bool> AcknowledgedDeletes { get; } = new(StringComparer.Ordinal);

        public int Acknowledged => Volatile.Read(ref _acknowledged);

        public int Lost => Volatile.Read(ref _lost);

        public void Sent(string id) => _sent[id] = true;

        /// <summary>Sends one mutation and counts it as acknowledged or lost (cut by the kill).</summary>
        public async Task<bool> SendAsync(HttpClient http, string query, object variables)
        {
            var acknowledged = await TrySendAsync(http, query, variables);
            Interlocked.Increment(ref acknowledged ? ref _acknowledged : ref _lost);
            return acknowledged;
        }

        public IReadOnlyList<string> AllNodeIds() => [.. _sent.Keys.Order(StringComparer.Ordinal)];
    }
}
