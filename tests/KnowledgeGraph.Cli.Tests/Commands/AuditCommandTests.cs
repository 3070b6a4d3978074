using System.Text.Json;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Embedded;

namespace KnowledgeGraph.Cli.Tests.Commands;

public sealed class AuditCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task ListsChangesNewestFirstWithActorsAndFilters()
    {
        var db = _dir.File("kg.db");
        var store = EmbeddedGraphStore.Open(db);
        try
        {
            var node = new Node { Id = "mx-audit", Kind = NodeKind.Institution, Name = "Uno", Properties = new Dictionary<string, object> { ["country"] = "mx" } };
            await store.ApplyAsync(new GraphChangeSet { UpsertNodes = [node], Audit = new AuditContext("key:alice", "upsertNode") });
            await store.ApplyAsync(new GraphChangeSet { UpsertNodes = [node with { Name = "Dos" }], Audit = new AuditContext("jwt:bob", "upsertNode") });
            await store.ApplyAsync(new GraphChangeSet { DeleteNodeIds = ["mx-audit"], Audit = new AuditContext("key:alice", "deleteNode") });
        }
        finally
        {
            ((IDisposable)store).Dispose();
        }

        var all = await CliRun.RunAsync(["audit", "--json", "--db", db]);
        var alice = await CliRun.RunAsync(["audit", "--json", "--actor", "key:alice", "--first", "1", "--db", db]);
        var table = await CliRun.RunAsync(["audit", "--db", db]);

        all.ExitCode.ShouldBe(0, all.Error);
        var entries = all.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        entries.Select(e => e.GetProperty("actor").GetString()).ShouldBe(["key:alice", "jwt:bob", "key:alice"]);
        entries.Select(e => e.GetProperty("operation").GetString()).ShouldBe(["deleteNode", "upsertNode", "upsertNode"]);
        entries[1].GetProperty("before").GetProperty("name").GetString().ShouldBe("Uno");
        entries[1].GetProperty("after").GetProperty("name").GetString().ShouldBe("Dos");
        entries[0].GetProperty("after").ValueKind.ShouldBe(JsonValueKind.Null);
        alice.OutLines.ShouldHaveSingleItem().ShouldContain("\"deleteNode\"");
        table.Out.ShouldContain("jwt:bob");
        table.Out.ShouldContain("deleted");
    }

    [Fact]
    public async Task RefusesABadSinceWithACleanMessage()
    {
        var run = await CliRun.RunAsync(["audit", "--since", "last tuesday", "--db", _dir.File("kg.db")]);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith("error: --since 'last tuesday' is not a date");
    }
}
