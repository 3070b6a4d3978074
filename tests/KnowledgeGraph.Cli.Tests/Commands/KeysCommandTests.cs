using System.Text.Json;
using KnowledgeGraph.Application.Security;

namespace KnowledgeGraph.Cli.Tests.Commands;

public sealed class KeysCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task CreatePrintsAWorkingKeyOnceAndStoresOnlyItsHashBesideTheDatabase()
    {
        var db = _dir.File("kg.db");

        var create = await CliRun.RunAsync(["keys", "create", "--name", "analyst", "--role", "editor", "--db", db]);
        var list = await CliRun.RunAsync(["keys", "list", "--json", "--db", db]);

        create.ExitCode.ShouldBe(0, create.Error);
        var key = create.OutLines.ShouldHaveSingleItem();
        key.ShouldMatch("^kg_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$");
        create.Error.ShouldContain("not shown again");
        ApiKeyStore.TryParse(key, out _, out var secret).ShouldBeTrue();
        var store = new ApiKeyStore(_dir.File("kg.keys.db"));
        var verified = (await store.VerifyAsync(key)).ShouldNotBeNull();
        verified.Name.ShouldBe("analyst");
        verified.Role.ShouldBe(ApiRole.Editor);
        list.ExitCode.ShouldBe(0, list.Error);
        list.Out.Contains(secret, StringComparison.Ordinal).ShouldBeFalse("the secret must never be listed");
        using var json = JsonDocument.Parse(list.Out);
        var listed = json.RootElement.EnumerateArray().ShouldHaveSingleItem();
        listed.GetProperty("id").GetString().ShouldBe(verified.Id);
        listed.GetProperty("role").GetString().ShouldBe("editor");
        listed.GetProperty("revoked").ValueKind.ShouldBe(JsonValueKind.Null);
        foreach (var file in new[] { store.Path, store.Path + "-wal" }.Where(File.Exists))
        {
            // The row may still sit in the write-ahead log: look in both files.
            (await File.ReadAllBytesAsync(file)).AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(secret)).ShouldBe(-1, $"only a hash of the secret may be stored ({file})");
        }
    }

    [Fact]
    public async Task RevokeMakesTheKeyFailVerificationAndListShowsWhen()
    {
        var keys = _dir.File("keys.db");
        var create = await CliRun.RunAsync(["keys", "create", "--name", "ci", "--role", "reader", "--keys", keys]);
        var key = create.OutLines.Single();
        ApiKeyStore.TryParse(key, out var id, out _).ShouldBeTrue();

        var revoke = await CliRun.RunAsync(["keys", "revoke", id, "--keys", keys]);
        var list = await CliRun.RunAsync(["keys", "list", "--keys", keys]);

        revoke.ExitCode.ShouldBe(0, revoke.Error);
        revoke.Out.ShouldStartWith($"revoked key {id} 'ci' (reader)");
        (await new ApiKeyStore(keys).VerifyAsync(key)).ShouldBeNull();
        list.Out.ShouldContain(id);
        list.Out.ShouldNotContain(" - ");
    }

    [Fact]
    public async Task RefusesAnUnknownRoleADuplicateActiveNameAndAnUnknownId()
    {
        var keys = _dir.File("keys.db");
        var badRole = await CliRun.RunAsync(["keys", "create", "--name", "x", "--role", "owner", "--keys", keys]);
        await CliRun.RunAsync(["keys", "create", "--name", "twin", "--role", "reader", "--keys", keys]);
        var duplicate = await CliRun.RunAsync(["keys", "create", "--name", "twin", "--role", "admin", "--keys", keys]);
        var unknown = await CliRun.RunAsync(["keys", "revoke", "0123456789abcdef", "--keys", keys]);

        badRole.ExitCode.ShouldBe(2);
        badRole.Error.ShouldStartWith("error: unknown --role 'owner'");
        badRole.Out.ShouldBeEmpty();
        duplicate.ExitCode.ShouldBe(2);
        duplicate.Error.ShouldContain("already named 'twin'");
        duplicate.Out.ShouldBeEmpty();
        unknown.ExitCode.ShouldBe(2);
        unknown.Error.ShouldContain("no key with id");
    }

    [Fact]
    public async Task FollowsTheConfiguredKeyFileWhenNoOptionIsGiven()
    {
        var keys = _dir.File("configured.keys.db");

        var create = await CliRun.RunAsync(["keys", "create", "--name", "svc", "--role", "admin"], new Dictionary<string, string?> { ["Security:ApiKeys:Path"] = keys });

        create.ExitCode.ShouldBe(0, create.Error);
        (await new ApiKeyStore(keys).ListAsync()).ShouldHaveSingleItem().Name.ShouldBe("svc");
    }
}
