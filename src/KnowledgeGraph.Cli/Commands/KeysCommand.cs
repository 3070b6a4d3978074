using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Application.Security;
using KnowledgeGraph.Cli.Infrastructure;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg keys create --name N --role R</c>, <c>kg keys list [--json]</c>, <c>kg keys revoke ID</c>: the API keys in the
/// key file beside the database (<c>Security:ApiKeys:Path</c>, or <c>--keys FILE</c>). A new key is printed once, on stdout.
/// </summary>
internal static class KeysCommand
{
    public static Command Create(CliContext context)
    {
        var keysFile = new Option<string?>("--keys")
        {
            Description = "The API key file (default: Security__ApiKeys__Path, else the database path with the extension .keys.db)",
            Recursive = true,
        };
        var command = new Command("keys", "Create, list and revoke API keys for the GraphQL API") { keysFile };
        command.Subcommands.Add(CreateCommand(context, keysFile));
        command.Subcommands.Add(ListCommand(context, keysFile));
        command.Subcommands.Add(RevokeCommand(context, keysFile));
        return command;
    }

    private static Command CreateCommand(CliContext context, Option<string?> keysFile)
    {
        var name = new Option<string>("--name") { Description = "Who or what the key is for (unique among active keys; recorded as key:NAME in the audit trail)", Required = true };
        var role = new Option<string>("--role") { Description = "reader, editor or admin", Required = true };
        var command = new Command("create", "Create a key and print it once (it cannot be shown again)") { name, role };
        CommandActions.Set(command, context, async (parseResult, cancellationToken) =>
        {
            var roleText = parseResult.GetRequiredValue(role);
            if (!ApiRoles.TryParse(roleText, out var parsedRole))
            {
                throw new ArgumentException($"unknown --role '{roleText}' (known: {string.Join(", ", ApiRoles.Names)})");
            }

            var store = OpenStore(context, parseResult, keysFile);
            var created = await store.CreateAsync(parseResult.GetRequiredValue(name), parsedRole, cancellationToken);
            await context.Out.WriteLineAsync(created.Key);
            await context.Error.WriteLineAsync(
                $"created key {created.Record.Id} '{created.Record.Name}' ({created.Record.Role.ToName()}) in {store.Path}; " +
                "copy it now: only its hash is stored and it is not shown again");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command ListCommand(CliContext context, Option<string?> keysFile)
    {
        var json = new Option<bool>("--json") { Description = "Print a JSON array" };
        var command = new Command("list", "List keys (never their secrets)") { json };
        CommandActions.Set(command, context, async (parseResult, cancellationToken) =>
        {
            var keys = await OpenStore(context, parseResult, keysFile).ListAsync(cancellationToken);
            if (parseResult.GetValue(json))
            {
                await context.Out.WriteLineAsync(JsonSerializer.Serialize(keys.Select(k => new
                {
                    id = k.Id,
                    name = k.Name,
                    role = k.Role.ToName(),
                    created = k.CreatedAt,
                    revoked = k.RevokedAt,
                })));
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumn("Id").AddColumn("Name").AddColumn("Role").AddColumn("Created (UTC)").AddColumn("Revoked (UTC)");
            foreach (var key in keys)
            {
                table.AddRow(key.Id, Markup.Escape(key.Name), key.Role.ToName(), Format(key.CreatedAt), key.RevokedAt is { } revoked ? Format(revoked) : "-");
            }

            context.ConsoleFor(context.Out).Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command RevokeCommand(CliContext context, Option<string?> keysFile)
    {
        var id = new Argument<string>("id") { Description = "The key's id (as listed), or the key itself" };
        var command = new Command("revoke", "Revoke a key: the API refuses it from the next request on") { id };
        CommandActions.Set(command, context, async (parseResult, cancellationToken) =>
        {
            var record = await OpenStore(context, parseResult, keysFile).RevokeAsync(parseResult.GetRequiredValue(id), cancellationToken);
            if (record is null)
            {
                await context.Error.WriteLineAsync($"error: no key with id '{parseResult.GetRequiredValue(id)}'");
                return ExitCodes.Failed;
            }

            await context.Out.WriteLineAsync($"revoked key {record.Id} '{record.Name}' ({record.Role.ToName()}) at {Format(record.RevokedAt!.Value)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static ApiKeyStore OpenStore(CliContext context, ParseResult parseResult, Option<string?> keysFile) =>
        new(parseResult.GetValue(keysFile) is { Length: > 0 } path
            ? path
            : SecurityConfiguration.ResolveApiKeysPath(context.Configuration, parseResult.GetValue(context.DbOption)));

    private static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
