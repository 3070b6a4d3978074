namespace KnowledgeGraph.Application.Security;

/// <summary>What a check of a database file found: its schema version, counts, and problems (empty when healthy).</summary>
public sealed record DatabaseReport(string Path, int SchemaVersion, long Nodes, long Relationships, IReadOnlyList<string> Problems)
{
    public bool IsHealthy => Problems.Count == 0;
}
