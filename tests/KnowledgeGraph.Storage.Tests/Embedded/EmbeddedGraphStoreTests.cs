using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Embedded;
using Microsoft.Data.Sqlite;
using static KnowledgeGraph.Storage.Tests.TestGraph;

namespace KnowledgeGraph.Storage.Tests.Embedded;

/// <summary>The store contract against a temp-file SQLite database, plus what only the embedded store promises.</summary>
public sealed class EmbeddedGraphStoreTests : GraphStoreContractTests
{
    private readonly TempDirectory _directory = new();

    private string DatabasePath => _directory.File("data", "kg.db");

    private IEmbeddedStoreMaintenance Maintenance => (IEmbeddedStoreMaintenance)Store;

    [Fact]
    public async Task Connections_UseWalFullSyncForeignKeysABusyTimeoutAndMemoryMappedReads()
    {
        await using var connection = ((SqliteGraphStore)Store).OpenConnection();

        Pragma(connection, "journal_mode").ShouldBe("wal");
        Pragma(connection, "synchronous").ShouldBe("2");
        Pragma(connection, "foreign_keys").ShouldBe("1");
        long.Parse(Pragma(connection, "busy_timeout"), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(5000);
        Pragma(connection, "mmap_size").ShouldBe(SqliteConnectionFactory.MemoryMapBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Pragma(connection, "page_size").ShouldBe("16384");
    }

    [Fact]
    public void Open_CreatesTheFileAndItsFolders_WhenMissing()
    {
        var path = _directory.File("a", "b", "c", "kg.db");

        using var store = (IDisposable)EmbeddedGraphStore.Open(path);

        File.Exists(path).ShouldBeTrue();
        ((IEmbeddedStoreMaintenance)store).DatabasePath.ShouldBe(Path.GetFullPath(path));
    }

    [Fact]
    public async Task Data_SurvivesClosingAndReopeningTheFile()
    {
        await SeedSampleAsync();
        var revision = await Store.GetRevisionAsync();
        ((IDisposable)Store).Dispose();

        using var reopened = (IDisposable)EmbeddedGraphStore.Open(DatabasePath);
        var store = (IGraphStore)reopened;

        (await store.GetRevisionAsync()).ShouldBe(revision);
        (await store.GetNodeAsync("mx-sedena")).ShouldBe(SampleNodes.Single(n => n.Id == "mx-sedena"));
    }

    [Fact]
    public async Task BackupToAsync_WritesACopyThatOpensWithTheSameContent_AndStaysIndependent()
    {
        await SeedSampleAsync();
        var backupPath = _directory.File("backups", "nested", "kg-backup.db");

        await Maintenance.BackupToAsync(backupPath);
        await Store.ApplyAsync(new GraphChangeSet { DeleteNodeIds = ["mx-sedena"] });

        using var backup = (IDisposable)EmbeddedGraphStore.Open(backupPath);
        var copy = (IGraphStore)backup;
        (await copy.GetNodeAsync("mx-sedena")).ShouldNotBeNull();
        (await ReadAllAsync(copy.ReadAllNodesAsync())).ShouldBe(SampleNodes.OrderBy(n => n.Id, StringComparer.Ordinal));
        (await ReadAllAsync(copy.ReadAllRelationshipsAsync())).ShouldBe(SampleRelationships.OrderBy(r => r.Id, StringComparer.Ordinal));
        (await ((IEmbeddedStoreMaintenance)copy).CheckIntegrityAsync()).ShouldBeEmpty();
        (await Store.GetNodeAsync("mx-sedena")).ShouldBeNull();
    }

    [Fact]
    public async Task BackupToAsync_RefusesToOverwriteTheDatabaseItself()
    {
        await Should.ThrowAsync<ArgumentException>(() => Maintenance.BackupToAsync(DatabasePath));
    }

    [Fact]
    public async Task CheckIntegrityAsync_ReportsNothing_ForAHealthyDatabase()
    {
        await SeedSampleAsync();

        (await Maintenance.CheckIntegrityAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task CheckIntegrityAsync_ReportsARelationshipToAMissingNode()
    {
        await SeedSampleAsync();
        await using (var raw = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await raw.OpenAsync();
            await using var command = raw.CreateCommand();
            command.CommandText = """
                PRAGMA foreign_keys = OFF;
                INSERT INTO relationships (type, src, dst, id, confidence, provenance, json)
                VALUES ('PART_OF', (SELECT key FROM nodes WHERE id = 'mx-sedena'), 999999, 'orphan', 1, (SELECT MIN(key) FROM provenance), NULL)
                """;
            await command.ExecuteNonQueryAsync();
        }

        var problems = await Maintenance.CheckIntegrityAsync();

        problems.ShouldNotBeEmpty();
        problems.ShouldAllBe(p => p.Contains("orphan"));
    }

    [Fact]
    public async Task Readers_SeeTheWholeWriteOrNoneOfIt_WhileAWriteRuns()
    {
        await SeedSampleAsync();
        var nodes = Enumerable.Range(0, 3000).Select(i => Node($"bulk-{i:D4}", NodeKind.Barrier, $"Bulk {i}")).ToList();
        var relationships = nodes.Skip(1).Select((n, i) => Rel(n.Id, RelationshipType.PartOf, nodes[i].Id)).ToList();
        var before = (Nodes: 11L, Relationships: 14L);
        var after = (Nodes: 11L + nodes.Count, Relationships: 14L + relationships.Count);
        var observed = new System.Collections.Concurrent.ConcurrentBag<(long, long)>();
        using var stop = new CancellationTokenSource();

        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var stats = await Store.GetStatsAsync();
                observed.Add((stats.NodeCount, stats.RelationshipCount));
                var page = await Store.QueryNodesAsync(new NodeQuery { Kind = NodeKind.Barrier, First = 1, IncludeTotalCount = true });
                page.TotalCount.ShouldBeOneOf(0L, nodes.Count);
            }
        })).ToList();
        await Task.Delay(20);
        await Task.Run(() => Store.ApplyAsync(new GraphChangeSet { UpsertNodes = nodes, UpsertRelationships = relationships }));
        await Task.Delay(20);
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        observed.ShouldNotBeEmpty();
        observed.Where(o => o != before && o != after).ShouldBeEmpty();
        observed.ShouldContain(after);
    }

    [Fact]
    public async Task ApplyAsync_WaitsForAnOpenImport_ThenRuns()
    {
        var session = await Store.BeginImportAsync();
        await session.AddNodesAsync([Node("mx-imported", NodeKind.Barrier, "Imported")]);

        var write = Task.Run(() => Store.ApplyAsync(new GraphChangeSet { UpsertNodes = [Node("mx-applied", NodeKind.Barrier, "Applied")] }));
        var finishedEarly = await Task.WhenAny(write, Task.Delay(300)) == write;
        await session.CommitAsync();
        await session.DisposeAsync();
        var result = await write;

        finishedEarly.ShouldBeFalse();
        result.NodesCreated.ShouldBe(1);
        (await Store.GetStatsAsync()).NodeCount.ShouldBe(2);
    }

    [Fact]
    public async Task TwoStoresOnOneFile_SerialiseTheirWrites_WithoutLosingAny()
    {
        using var other = (IDisposable)EmbeddedGraphStore.Open(DatabasePath);
        var second = (IGraphStore)other;

        var writes = Enumerable.Range(0, 20).Select(i => Task.Run(() => (i % 2 == 0 ? Store : second).ApplyAsync(new GraphChangeSet
        {
            UpsertNodes = [Node($"mx-n{i}", NodeKind.Barrier, $"N{i}")],
        })));
        var results = await Task.WhenAll(writes);

        results.Select(r => r.Revision).Distinct().Count().ShouldBe(20);
        (await second.GetStatsAsync()).NodeCount.ShouldBe(20);
        (await Store.GetRevisionAsync()).ShouldBe(results.Max(r => r.Revision));
    }

    [Fact]
    public async Task BeginImportAsync_RebuildsTheIndexesItDeferred_OnCommitAndOnRollback()
    {
        var indexesBefore = await IndexNamesAsync();

        await using (var session = await Store.BeginImportAsync())
        {
            await session.AddNodesAsync(SampleNodes);
        }

        var afterRollback = await IndexNamesAsync();
        await using (var session = await Store.BeginImportAsync())
        {
            await session.AddNodesAsync(SampleNodes);
            await session.AddRelationshipsAsync(SampleRelationships);
            await session.CommitAsync();
        }

        indexesBefore.ShouldContain("ix_relationships_dst");
        afterRollback.ShouldBe(indexesBefore);
        (await IndexNamesAsync()).ShouldBe(indexesBefore);
    }

    [Fact]
    public async Task BeginImportAsync_StoresExactlyTheRowsOfTheRowByRowPaths_WhenItBulkLoadsAnEmptyStore()
    {
        await using (var session = await Store.BeginImportAsync())
        {
            await session.AddNodesAsync(SampleNodes);
            await session.AddRelationshipsAsync(SampleRelationships);
            await session.CommitAsync();
        }

        using var applied = (IDisposable)EmbeddedGraphStore.Open(_directory.File("applied", "kg.db"));
        await ((IGraphStore)applied).ApplyAsync(Sample);
        using var upserted = (IDisposable)EmbeddedGraphStore.Open(_directory.File("upserted", "kg.db"));
        var placeholder = Node("mx-placeholder", NodeKind.Barrier, "Placeholder");
        await ((IGraphStore)upserted).ApplyAsync(new GraphChangeSet { UpsertNodes = [placeholder] });
        await using (var session = await ((IGraphStore)upserted).BeginImportAsync())
        {
            await session.AddNodesAsync(SampleNodes);
            await session.AddRelationshipsAsync(SampleRelationships);
            await session.CommitAsync();
        }

        await ((IGraphStore)upserted).ApplyAsync(new GraphChangeSet { DeleteNodeIds = [placeholder.Id] });

        var bulk = await DumpRowsAsync((SqliteGraphStore)Store);
        bulk.ShouldContain("relationships: mx-semar | COORDINATES_WITH | us-dea | ");
        bulk.ShouldBe(await DumpRowsAsync((SqliteGraphStore)applied));
        bulk.ShouldBe(await DumpRowsAsync((SqliteGraphStore)upserted));
    }

    [Fact]
    public async Task BeginImportAsync_LeavesTheFileInWalMode_AfterABulkLoadCommitsOrRollsBack()
    {
        await using (var session = await Store.BeginImportAsync())
        {
            await session.AddNodesAsync(SampleNodes);
            (await JournalModeAsync(Store)).ShouldBe("delete");
        }

        (await JournalModeAsync(Store)).ShouldBe("wal");
        await using (var session = await Store.BeginImportAsync())
        {
            await session.AddNodesAsync(SampleNodes);
            await session.AddRelationshipsAsync(SampleRelationships);
            await session.CommitAsync();
        }

        (await JournalModeAsync(Store)).ShouldBe("wal");
        (await Store.GetStatsAsync()).RelationshipCount.ShouldBe(SampleRelationships.Count);
    }

    [Fact]
    public async Task BeginImportAsync_StaysInWalMode_WhenAnotherConnectionHasTheFileOpen()
    {
        await using var other = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await other.OpenAsync();
        await using (var read = other.CreateCommand())
        {
            read.CommandText = "SELECT COUNT(*) FROM nodes";
            (await read.ExecuteScalarAsync()).ShouldBe(0L);
        }

        await using (var session = await Store.BeginImportAsync())
        {
            await session.AddNodesAsync(SampleNodes);
            (await JournalModeAsync(Store)).ShouldBe("wal");
            await session.CommitAsync();
        }

        await using var count = other.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM nodes";
        (await count.ExecuteScalarAsync()).ShouldBe((long)SampleNodes.Count);
    }

    [Fact]
    public async Task BeginImportAsync_CountsAndStoresLikeRowByRowUpserts_WhenChunksMixNewChangedUnchangedAndRepeatedItems()
    {
        var existing = Enumerable.Range(0, 100).Select(i => Node($"mx-n{i}", NodeKind.Institution, $"N{i}")).ToList();
        var existingLinks = Enumerable.Range(1, 100).Select(i => Rel($"mx-n{i - 1}", RelationshipType.CoordinatesWith, $"mx-n{i % 100}")).ToList();
        // Chunks of 64: all known ids, then new ids with one id three times, then a short tail.
        var batch = Enumerable.Range(0, 200).Select(i => Node($"mx-n{i}", NodeKind.Institution, i % 3 == 0 ? $"Renamed {i}" : $"N{i}")).ToList();
        batch.InsertRange(130, [Node("mx-n150", NodeKind.Institution, "Twice"), Node("mx-n150", NodeKind.Institution, "N150"), Node("mx-n7", NodeKind.Institution, "N7")]);
        var links = Enumerable.Range(1, 199)
            .Select(i => Rel($"mx-n{i - 1}", RelationshipType.CoordinatesWith, $"mx-n{i % 200}", confidence: i % 4 == 0 ? Confidence.High : Confidence.Medium))
            .ToList();
        links.Insert(70, Rel("mx-n5", RelationshipType.CoordinatesWith, "mx-n6", confidence: Confidence.Low));
        var rowByRow = (IGraphStore)EmbeddedGraphStore.Open(_directory.File("row-by-row", "kg.db"));
        using var rowByRowDisposable = (IDisposable)rowByRow;
        foreach (var store in new[] { Store, rowByRow })
        {
            await store.ApplyAsync(new GraphChangeSet { UpsertNodes = existing, UpsertRelationships = existingLinks });
        }

        WriteResult imported;
        await using (var session = await Store.BeginImportAsync())
        {
            await session.AddNodesAsync(batch);
            await session.AddRelationshipsAsync(links);
            imported = await session.CommitAsync();
        }

        var expected = await rowByRow.ApplyAsync(new GraphChangeSet { UpsertNodes = batch, UpsertRelationships = links });

        imported.NodesCreated.ShouldBe(100);
        imported.NodesUnchanged.ShouldBeGreaterThan(0);
        imported.RelationshipsUpdated.ShouldBeGreaterThan(0);
        (imported with { Revision = 0 }).ShouldBe(expected with { Revision = 0 });
        (await DumpRowsAsync((SqliteGraphStore)Store)).ShouldBe(await DumpRowsAsync((SqliteGraphStore)rowByRow));
    }

    [Fact]
    public async Task BeginImportAsync_FailsWithUnknownReference_AndLeavesTheStoreEmpty_WhenABulkLoadHasADanglingRelationship()
    {
        await using (var session = await Store.BeginImportAsync())
        {
            await session.AddNodesAsync(SampleNodes);
            var error = await Should.ThrowAsync<GraphStoreException>(
                () => session.AddRelationshipsAsync([SampleRelationships[0], Rel("mx-sedena", RelationshipType.MemberOf, "mx-missing")]));
            error.Code.ShouldBe(GraphStoreCodes.UnknownReference);
            error.ItemId.ShouldBe("mx-sedena--MEMBER_OF->mx-missing");
            error.Message.ShouldContain("'mx-missing'");
            error.Message.ShouldNotContain("'mx-sedena'");
        }

        var stats = await Store.GetStatsAsync();
        stats.NodeCount.ShouldBe(0);
        stats.RelationshipCount.ShouldBe(0);
        (await Store.GetRevisionAsync()).ShouldBe(0);
        (await IndexNamesAsync()).ShouldContain("ix_relationships_dst");
    }

    [Fact]
    public async Task Writes_CheckReferencesAgain_AfterABulkLoad()
    {
        await using (var session = await Store.BeginImportAsync())
        {
            await session.AddNodesAsync(SampleNodes);
            await session.CommitAsync();
        }

        await ShouldFailWithAsync(GraphStoreCodes.UnknownReference, () => Store.ApplyAsync(new GraphChangeSet
        {
            UpsertRelationships = [Rel("mx-sedena", RelationshipType.MemberOf, "mx-missing")],
        }));
        await using var connection = ((SqliteGraphStore)Store).OpenConnection();
        Pragma(connection, "foreign_keys").ShouldBe("1");
        (await Maintenance.CheckIntegrityAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task QueryNodesAsync_FailsWithBadCursor_ForACursorMadeForAnotherSort()
    {
        await SeedSampleAsync();
        var byName = await Store.QueryNodesAsync(new NodeQuery { Kind = NodeKind.Institution, Sort = [new SortField("name")], First = 2 });

        await ShouldFailWithAsync(GraphStoreCodes.BadCursor, () => Store.QueryNodesAsync(new NodeQuery
        {
            Kind = NodeKind.Institution,
            Sort = [new SortField("staff")],
            First = 2,
            After = byName.Items[0].Cursor,
        }));
    }

    [Fact]
    public async Task GetNodeAsync_KeepsNonFiniteFloats()
    {
        var node = Node("mx-floats", NodeKind.Barrier, "Floats", Props(("nan", double.NaN), ("up", double.PositiveInfinity), ("down", double.NegativeInfinity)));
        await Store.ApplyAsync(new GraphChangeSet { UpsertNodes = [node] });

        var p = (await Store.GetNodeAsync("mx-floats"))!.Properties;

        double.IsNaN(p["nan"].ShouldBeOfType<double>()).ShouldBeTrue();
        p["up"].ShouldBe(double.PositiveInfinity);
        p["down"].ShouldBe(double.NegativeInfinity);
    }

    protected override Task<IGraphStore> CreateStoreAsync() => Task.FromResult(EmbeddedGraphStore.Open(DatabasePath));

    protected override async Task DisposeStoreAsync(IGraphStore store)
    {
        await base.DisposeStoreAsync(store);
        _directory.Dispose();
    }

    private static string Pragma(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    private static async Task<List<T>> ReadAllAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>
    /// Every stored column of every node and relationship, one line per row in id order, with node keys (which differ
    /// between stores that deleted nodes) replaced by the ids they stand for.
    /// </summary>
    private static async Task<string> DumpRowsAsync(SqliteGraphStore store)
    {
        await using var connection = store.OpenConnection();
        var lines = new List<string>();
        foreach (var (table, sql) in new[]
        {
            ("nodes", "SELECT n.id, n.kind, n.name, n.confidence, n.valid_from, n.valid_to, n.json, n.search, p.json FROM nodes n JOIN provenance p ON p.key = n.provenance ORDER BY n.id"),
            ("relationships", """
                SELECT s.id, r.type, d.id, r.id, r.confidence, p.json, r.weight, r.json
                FROM relationships r JOIN nodes s ON s.key = r.src JOIN nodes d ON d.key = r.dst JOIN provenance p ON p.key = r.provenance
                ORDER BY s.id, r.type, d.id, r.id
                """),
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
                lines.Add($"{table}: {string.Join(" | ", values.Select(v => v is DBNull ? "NULL" : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)))}");
            }
        }

        return string.Join("\n", lines);
    }

    /// <summary>The journal mode a new connection to the file sees (read from the file header, not the session's connection).</summary>
    private async Task<string> JournalModeAsync(IGraphStore store)
    {
        await using var connection = new SqliteConnection($"Data Source={((SqliteGraphStore)store).DatabasePath};Pooling=False;Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private async Task<IReadOnlyList<string>> IndexNamesAsync()
    {
        await using var connection = ((SqliteGraphStore)Store).OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
        await using var reader = await command.ExecuteReaderAsync();
        var names = new List<string>();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
