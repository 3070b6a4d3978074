namespace KnowledgeGraph.Core.Storage;

/// <summary>One recorded change: who, when, which operation, and the item's JSON before and after (null when absent).</summary>
public sealed record AuditEntry(
    long Sequence,
    DateTimeOffset At,
    string Actor,
    string Operation,
    string ItemKind,
    string ItemId,
    string? Before,
    string? After);

/// <summary>Filters of the audit log; newest first.</summary>
public sealed record AuditQuery(int First = 100)
{
    public string? Actor { get; init; }

    public string? ItemId { get; init; }

    public DateTimeOffset? Since { get; init; }
}
