namespace KnowledgeGraph.Interchange.Jsonl;

/// <summary>
/// The canonical JSON lines form of a whole graph (docs/decisions/ADR-020-canonical-jsonl.md): a header line, then
/// nodes ordered by id, then relationships ordered by id; one object per line, keys in a fixed order, UTF-8, '\n'.
/// </summary>
public static class JsonlFormat
{
    public const string Name = "knowledge-graph-jsonl";

    public const int Version = 1;

    public const string HeaderRecord = "header";

    public const string NodeRecord = "node";

    public const string RelationshipRecord = "relationship";
}
