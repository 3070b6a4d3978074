namespace KnowledgeGraph.Core.Validation;

/// <summary>
/// One problem found by <see cref="GraphValidator"/>. <see cref="ItemId"/> names the node or relationship and
/// <see cref="Field"/> the offending key (e.g. <c>level</c>, <c>validTo</c>, <c>to</c>) so that callers can point at
/// a file:line:col (seeds) or a GraphQL input path (mutations).
/// </summary>
public sealed record ValidationProblem(string Code, string Message, string? ItemId = null, string? Field = null)
{
    public override string ToString() => ItemId is null ? $"{Code}: {Message}" : $"{Code} ({ItemId}{(Field is null ? string.Empty : "." + Field)}): {Message}";
}
