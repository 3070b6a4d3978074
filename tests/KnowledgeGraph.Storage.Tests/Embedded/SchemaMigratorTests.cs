using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Embedded;
using KnowledgeGraph.Storage.Embedded.Schema;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Embedded;

public sealed class SchemaMigratorTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private string DatabasePath => _directory.File("kg.db");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Migrations_AreNumberedOneByOneFromOne()
    {
        Migrations.All.Select(m => m.Version).ShouldBe(Enumerable.Range(1, Migrations.All.Count));
        Migrations.LatestVersion.ShouldBe(Migrations.All.Count);
    }

    [Fact]
    public void Open_CreatesTheLatestSchema_AndRecordsEveryStep()
    {
        using var store = (IDisposable)EmbeddedGraphStore.Open(DatabasePath);

        using var connection = OpenRaw();
        Versions(connection).ShouldBe(Enumerable.Range(1, Migrations.LatestVersion));
    }

    [Fact]
    public async Task Open_MigratesAVersionOneDatabase_KeepingItsDataAndBackfillingSearch()
    {
        using (var connection = OpenRaw())
        {
            SchemaMigrator.Migrate(connection, DatabasePath, targetVersion: 1).ShouldBe(1);
            using var insert = connection.CreateCommand();
            insert.CommandText =
                """
                INSERT INTO nodes (id, kind, name, confidence, valid_from, valid_to, json) VALUES
                    ('mx-semar', 'Institution', 'Secretaría de Marina', 0, '2001-01-01', NULL,
                     '{"aliases":["Marina"],"props":{"acronym":"SEMAR","staff":60000,"budget":1.5},"types":{"budget":"float"},"sources":["src-a"]}'),
                    ('mx-gabinete', 'Mechanism', 'Gabinete de Seguridad', 1, NULL, NULL, '{}');
                INSERT INTO relationships (id, type, src, dst, json) VALUES
                    ('mx-semar--MEMBER_OF->mx-gabinete', 'MEMBER_OF', 'mx-semar', 'mx-gabinete', '{"props":{"role":"member"},"confidence":"high"}');
                UPDATE meta SET value = 7 WHERE key = 'revision';
                """;
            insert.ExecuteNonQuery();
            Versions(connection).ShouldBe([1]);
        }

        using var disposable = (IDisposable)EmbeddedGraphStore.Open(DatabasePath);
        var store = (IGraphStore)disposable;

        using (var connection = OpenRaw())
        {
            Versions(connection).ShouldBe(Enumerable.Range(1, Migrations.LatestVersion));
        }

        var semar = await store.GetNodeAsync("mx-semar");
        semar.ShouldNotBeNull();
        semar.Confidence.ShouldBe(Confidence.High);
        semar.ValidFrom.ShouldBe(new DateOnly(2001, 1, 1));
        semar.Properties["staff"].ShouldBeOfType<long>().ShouldBe(60_000L);
        semar.Properties["budget"].ShouldBeOfType<double>().ShouldBe(1.5);
        (await store.GetRevisionAsync()).ShouldBe(7);
        (await store.GetRelationshipAsync("mx-semar--MEMBER_OF->mx-gabinete"))!.Properties["role"].ShouldBe("member");
        (await store.SearchAsync(new SearchQuery("semar"))).Single().Id.ShouldBe("mx-semar");
        (await store.SearchAsync(new SearchQuery("secretaria de marina"))).Single().Id.ShouldBe("mx-semar");
        await store.ApplyAsync(new GraphChangeSet { DeleteNodeIds = ["mx-gabinete"], Audit = new AuditContext("migration-test", "delete") });
        (await store.GetAuditLogAsync(new AuditQuery())).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Open_RefusesADatabaseWrittenByANewerVersion_WithAClearMessage_AndPingSaysNo()
    {
        using (var store = (IDisposable)EmbeddedGraphStore.Open(DatabasePath))
        {
        }

        var newer = Migrations.LatestVersion + 1;
        using (var connection = OpenRaw())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "INSERT INTO schema_version (version, description, applied_at) VALUES ($v, 'from the future', '2099-01-01')";
            command.Parameters.AddWithValue("$v", newer);
            command.ExecuteNonQuery();
        }

        var error = Should.Throw<GraphStoreException>(() => EmbeddedGraphStore.Open(DatabasePath));
        using var unopened = new SqliteGraphStore(DatabasePath);
        (await unopened.PingAsync()).ShouldBeFalse();

        error.Code.ShouldBe(GraphStoreCodes.Unavailable);
        error.Message.ShouldContain($"schema version {newer}");
        error.Message.ShouldContain($"up to {Migrations.LatestVersion}");
        error.Message.ShouldContain("newer");
    }

    [Fact]
    public async Task Open_MigratesAVersionThreeDatabase_ToKeyedRelationshipsWithSharedProvenance_ReadingBackTheSameItems()
    {
        using (var connection = OpenRaw())
        {
            SchemaMigrator.Migrate(connection, DatabasePath, targetVersion: 3).ShouldBe(3);
            using var insert = connection.CreateCommand();
            insert.CommandText =
                """
                INSERT INTO nodes (id, kind, name, confidence, valid_from, valid_to, json, search) VALUES
                    ('mx-semar', 'Institution', 'SEMAR', 2, NULL, NULL, '{"props":{"budget":2.0,"ratio":0.5},"types":{"budget":"float","ratio":"float"},"note":"n"}', ''),
                    ('us-dea', 'Institution', 'DEA', 2, NULL, NULL, '{}', ''),
                    ('us-fbi', 'Institution', 'FBI', 2, NULL, NULL, '{}', '');
                INSERT INTO relationships (id, type, src, dst, json) VALUES
                    ('mx-semar--COORDINATES_WITH->us-dea', 'COORDINATES_WITH', 'mx-semar', 'us-dea',
                     '{"props":{"weight":0.25},"types":{"weight":"float"},"sources":["src-a"],"note":"shared","confidence":"low","validFrom":"2020-01-01"}'),
                    ('mx-semar--COORDINATES_WITH->us-fbi', 'COORDINATES_WITH', 'mx-semar', 'us-fbi', '{"sources":["src-a"],"note":"shared"}'),
                    ('semar-fbi-hotline', 'COORDINATES_WITH', 'mx-semar', 'us-fbi', '{"props":{"weight":3.0},"types":{"weight":"float"},"confidence":"high"}');
                """;
            insert.ExecuteNonQuery();
        }

        using var disposable = (IDisposable)EmbeddedGraphStore.Open(DatabasePath);
        var store = (IGraphStore)disposable;
        var shared = new Provenance(["src-a"], "shared");
        var expected = new[]
        {
            new Relationship
            {
                Id = "mx-semar--COORDINATES_WITH->us-dea", Type = RelationshipType.CoordinatesWith, From = "mx-semar", To = "us-dea",
                Properties = new Dictionary<string, object> { ["weight"] = 0.25 }, Provenance = shared, Confidence = Confidence.Low,
                ValidFrom = new DateOnly(2020, 1, 1),
            },
            new Relationship { Id = "mx-semar--COORDINATES_WITH->us-fbi", Type = RelationshipType.CoordinatesWith, From = "mx-semar", To = "us-fbi", Provenance = shared },
            new Relationship
            {
                Id = "semar-fbi-hotline", Type = RelationshipType.CoordinatesWith, From = "mx-semar", To = "us-fbi",
                Properties = new Dictionary<string, object> { ["weight"] = 3.0 }, Confidence = Confidence.High,
            },
        };

        var all = new List<Relationship>();
        await foreach (var relationship in store.ReadAllRelationshipsAsync())
        {
            all.Add(relationship);
        }

        all.ShouldBe(expected);
        (await store.GetRelationshipAsync("semar-fbi-hotline"))!.Properties["weight"].ShouldBeOfType<double>().ShouldBe(3.0);
        var semar = await store.GetNodeAsync("mx-semar");
        semar!.Properties["budget"].ShouldBeOfType<double>().ShouldBe(2.0);
        semar.Provenance.ShouldBe(new Provenance([], "n"));
        (await store.GetNodeAsync("us-dea"))!.Provenance.ShouldBe(Provenance.None);
        using var connection2 = OpenRaw();
        using var rows = connection2.CreateCommand();
        rows.CommandText = "SELECT group_concat(id, '|'), COUNT(DISTINCT provenance), (SELECT COUNT(*) FROM provenance), (SELECT sql FROM sqlite_master WHERE name = 'relationships') FROM (SELECT * FROM relationships ORDER BY src, type, dst, id)";
        using var reader = rows.ExecuteReader();
        reader.Read().ShouldBeTrue();
        reader.GetString(0).ShouldBe("||semar-fbi-hotline");
        reader.GetInt64(1).ShouldBe(2);
        reader.GetInt64(2).ShouldBe(3, "the relationships' two provenances and the note of mx-semar");
        reader.GetString(3).ShouldEndWith("WITHOUT ROWID", Case.Insensitive, "version 5 clusters relationship rows on their key");
        (await store.ApplyAsync(new GraphChangeSet { UpsertRelationships = expected })).RelationshipsUnchanged.ShouldBe(3);
    }

    [Fact]
    public void Migrate_IsIdempotent()
    {
        using var connection = OpenRaw();

        SchemaMigrator.Migrate(connection, DatabasePath).ShouldBe(Migrations.LatestVersion);
        SchemaMigrator.Migrate(connection, DatabasePath).ShouldBe(Migrations.LatestVersion);

        Versions(connection).ShouldBe(Enumerable.Range(1, Migrations.LatestVersion));
    }

    private static List<int> Versions(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM schema_version ORDER BY version";
        using var reader = command.ExecuteReader();
        var versions = new List<int>();
        while (reader.Read())
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        return connection;
    }
}
