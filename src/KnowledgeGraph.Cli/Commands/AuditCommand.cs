using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Cli.Infrastructure;
using KnowledgeGraph.Core.Storage;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg audit [--first N] [--actor A] [--item ID] [--since TIME] [--json]</c>: the audit trail, newest first.</summary>
internal static class AuditCommand
{
    public static Command Create(CliContext context)
    {
        var first = new Option<int>("--first") { Description = "How many entries (newest first)", DefaultValueFactory = _ => 20 };
        var actor = new Option<string?>("--actor") { Description = "Only this actor (key:NAME, jwt:SUBJECT, anonymous, ...)" };
        var item = new Option<string?>("--item") { Description = "Only this node or relationship id" };
        var since = new Option<string?>("--since") { Description = "Only entries at or after this time (ISO 8601, e.g. 2026-01-31 or 2026-01-31T12:00:00Z)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per line, with the items' before/after JSON" };
        var command = new Command("audit", "Show who changed what and when (every API mutation is recorded)") { first, actor, item, since, json };
        CommandActions.Set(command, context, async (parseResult, cancellationToken) =>
        {
            var count = parseResult.GetValue(first);
            if (count < 1)
            {
                throw new ArgumentException("--first must be at least 1");
            }

            var query = new AuditQuery(count)
            {
                Actor = parseResult.GetValue(actor),
                ItemId = parseResult.GetValue(item),
                Since = parseResult.GetValue(since) is { } text ? ParseSince(text) : null,
            };
            await using var handle = await StoreHandle.OpenAsync(context, parseResult, cancellationToken);
            var entries = await handle.Store.GetAuditLogAsync(query, cancellationToken);
            if (parseResult.GetValue(json))
            {
                foreach (var e in entries)
                {
                    await context.Out.WriteLineAsync(JsonSerializer.Serialize(new
                    {
                        sequence = e.Sequence,
                        at = e.At,
                        actor = e.Actor,
                        operation = e.Operation,
                        itemKind = e.ItemKind,
                        itemId = e.ItemId,
                        before = e.Before is null ? (JsonElement?)null : JsonSerializer.Deserialize<JsonElement>(e.Before),
                        after = e.After is null ? (JsonElement?)null : JsonSerializer.Deserialize<JsonElement>(e.After),
                    }));
                }

                return ExitCodes.Ok;
            }

            var table = new Table().AddColumn("#").AddColumn("At (UTC)").AddColumn("Actor").AddColumn("Operation").AddColumn("Item").AddColumn("Change");
            foreach (var e in entries)
            {
                table.AddRow(
                    e.Sequence.ToString(CultureInfo.InvariantCulture),
                    e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    Markup.Escape(e.Actor),
                    Markup.Escape(e.Operation),
                    Markup.Escape($"{e.ItemKind} {e.ItemId}"),
                    (e.Before, e.After) switch
                    {
                        (null, not null) => "created",
                        (not null, null) => "deleted",
                        _ => "updated",
                    });
            }

            context.ConsoleFor(context.Out).Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static DateTimeOffset ParseSince(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : throw new ArgumentException($"--since '{text}' is not a date or time (use ISO 8601, e.g. 2026-01-31T12:00:00Z)");
}
