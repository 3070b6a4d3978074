using System.Text.RegularExpressions;
using KnowledgeGraph.Application.Security;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Embedded;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Cli.Tests.Commands;

public sealed class BackupRestoreCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task RestoringABackupBringsBackExactlyTheGraphItWasTakenFrom()
    {
        var db = _dir.File("kg.db");
        var backup = _dir.File("backups/kg-backup.db");
        (await CliRun.RunAsync(["seed", TestPaths.RealSeeds, "--db", db])).ExitCode.ShouldBe(0);
        var atBackup = await CliRun.RunAsync(["export", "--db", db]);

        var made = await CliRun.RunAsync(["backup", backup, "--db", db]);
        await ChangeAsync(db);
        var changed = await CliRun.RunAsync(["export", "--db", db]);
        var restored = await CliRun.RunAsync(["restore", backup, "--db", db]);
        var afterRestore = await CliRun.RunAsync(["export", "--db", db]);
        var check = await CliRun.RunAsync(["check", "--graph", "--db", db]);

        made.ExitCode.ShouldBe(0, made.Error);
        made.Out.ShouldContain("schema version");
        changed.StdoutBytes.ShouldNotBe(atBackup.StdoutBytes);
        restored.ExitCode.ShouldBe(0, restored.Error);
        restored.Out.ShouldContain("previous database is kept as");
        afterRestore.StdoutBytes.ShouldBe(atBackup.StdoutBytes);
        check.ExitCode.ShouldBe(0, check.Out + check.Error);
        check.Out.ShouldStartWith("ok: integrity and foreign keys, domain rules;");
        var previous = await CliRun.RunAsync(["export", "--db", db + DatabaseRestore.PreviousSuffix]);
        previous.StdoutBytes.ShouldBe(changed.StdoutBytes);
        File.Exists(db + "-wal").ShouldBeFalse("no stale write-ahead log may survive next to the restored file");
    }

    [Fact]
    public async Task BackupRefusesToOverwriteWithoutForce()
    {
        var db = _dir.File("kg.db");
        var backup = _dir.Write("exists.db", "keep me");

        var refused = await CliRun.RunAsync(["backup", backup, "--db", db]);
        var forced = await CliRun.RunAsync(["backup", backup, "--force", "--db", db]);

        refused.ExitCode.ShouldBe(2);
        refused.Error.ShouldContain("already exists");
        forced.ExitCode.ShouldBe(0, forced.Error);
        (await File.ReadAllTextAsync(backup)).ShouldNotBe("keep me");
    }

    public static TheoryData<string> BadBackups => ["random bytes", "truncated", "not a KnowledgeGraph database", "newer schema"];

    [Theory]
    [MemberData(nameof(BadBackups))]
    public async Task RestoreRefusesABadBackupAndLeavesTheDatabaseUntouched(string flaw)
    {
        var db = _dir.File("kg.db");
        (await CliRun.RunAsync(["seed", TestPaths.RealSeeds, "--db", db])).ExitCode.ShouldBe(0);
        var before = await CliRun.RunAsync(["export", "--db", db]);
        var bad = await MakeBadBackupAsync(flaw, db);

        var restore = await CliRun.RunAsync(["restore", bad, "--db", db]);
        var after = await CliRun.RunAsync(["export", "--db", db]);

        restore.ExitCode.ShouldBe(1, restore.Error);
        restore.Error.ShouldContain("the database was not changed");
        restore.Error.ShouldNotContain("   at ");
        after.StdoutBytes.ShouldBe(before.StdoutBytes);
        Directory.GetFiles(_dir.Path, "*.tmp*").ShouldBeEmpty();
    }

    [Fact]
    public async Task RestoreRefusesWhileAnotherConnectionHoldsTheDatabase()
    {
        var db = _dir.File("kg.db");
        var backup = _dir.File("b.db");
        (await CliRun.RunAsync(["seed", TestPaths.RealSeeds, "--db", db])).ExitCode.ShouldBe(0);
        (await CliRun.RunAsync(["backup", backup, "--db", db])).ExitCode.ShouldBe(0);

        // Like the running API, which keeps connections open on the file. Not pooled: other tests clear the pools.
        CliRun restore;
        using (var running = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            running.Open();
            using var read = running.CreateCommand();
            read.CommandText = "SELECT COUNT(*) FROM nodes";
            Convert.ToInt64(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
            restore = await CliRun.RunAsync(["restore", backup, "--db", db]);
        }

        restore.ExitCode.ShouldBe(2);
        restore.Error.ShouldContain("is open in another process");
        File.Exists(db + DatabaseRestore.PreviousSuffix).ShouldBeFalse();
    }

    [Fact]
    public async Task CheckFindsADanglingRelationshipAndExitsOne()
    {
        var db = _dir.File("kg.db");
        (await CliRun.RunAsync(["seed", TestPaths.RealSeeds, "--db", db])).ExitCode.ShouldBe(0);
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA foreign_keys = OFF; DELETE FROM nodes WHERE id = 'mx-sedena';";
            command.ExecuteNonQuery();
        }

        var check = await CliRun.RunAsync(["check", "--db", db]);

        check.ExitCode.ShouldBe(1);
        check.Out.ShouldContain("foreign key: relationships row");
        check.OutLines.ShouldContain(
            l => Regex.IsMatch(l, @"^foreign key: relationships row '(#\d+--[A-Z_]+->[a-z0-9-]+|[a-z0-9-]+--[A-Z_]+->#\d+)' refers to a missing row of nodes$"),
            "each dangling relationship is named, its missing end as #key");
        check.OutLines[^1].ShouldMatch(@"^\d+ problems?; ");
    }

    private static async Task ChangeAsync(string db)
    {
        var store = EmbeddedGraphStore.Open(db);
        try
        {
            await store.ApplyAsync(new GraphChangeSet
            {
                UpsertNodes = [new Node { Id = "mx-after-backup", Kind = NodeKind.Institution, Name = "Después del respaldo", Properties = new Dictionary<string, object> { ["country"] = "mx" } }],
                DeleteNodeIds = ["mx-sedena"],
                Audit = new AuditContext("test", "change"),
            });
        }
        finally
        {
            ((IDisposable)store).Dispose();
        }
    }

    private async Task<string> MakeBadBackupAsync(string flaw, string db)
    {
        var path = _dir.File("bad.db");
        switch (flaw)
        {
            case "random bytes":
                await File.WriteAllBytesAsync(path, Enumerable.Range(0, 8192).Select(i => (byte)(i * 31 % 251)).ToArray());
                break;
            case "truncated":
                (await CliRun.RunAsync(["backup", path, "--db", db])).ExitCode.ShouldBe(0);
                var bytes = await File.ReadAllBytesAsync(path);
                await File.WriteAllBytesAsync(path, bytes[..(bytes.Length / 3)]);
                break;
            case "not a KnowledgeGraph database":
                using (var other = new SqliteConnection($"Data Source={path};Pooling=False"))
                {
                    other.Open();
                    using var command = other.CreateCommand();
                    command.CommandText = "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('x');";
                    command.ExecuteNonQuery();
                }

                break;
            default:
                (await CliRun.RunAsync(["backup", path, "--db", db])).ExitCode.ShouldBe(0);
                using (var newer = new SqliteConnection($"Data Source={path};Pooling=False"))
                {
                    newer.Open();
                    using var command = newer.CreateCommand();
                    command.CommandText = "INSERT INTO schema_version (version, description, applied_at) VALUES (999, 'from the future', '2099-01-01')";
                    command.ExecuteNonQuery();
                }

                break;
        }

        return path;
    }
}
