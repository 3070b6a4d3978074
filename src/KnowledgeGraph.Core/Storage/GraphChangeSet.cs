using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Storage;

/// <summary>A set of writes applied atomically by <see cref="IGraphStore.ApplyAsync"/>.</summary>
public sealed record GraphChangeSet
{
    public IReadOnlyList<Node> UpsertNodes { get; init; } = [];

    public IReadOnlyList<Relationship> UpsertRelationships { get; init; } = [];

    public IReadOnlyList<string> DeleteRelationshipIds { get; init; } = [];

    /// <summary>Node ids to delete together with their relationships.</summary>
    public IReadOnlyList<string> DeleteNodeIds { get; init; } = [];

    /// <summary>Who did it and why; when set the store records audit entries in the same transaction.</summary>
    public AuditContext? Audit { get; init; }

    public bool IsEmpty => UpsertNodes.Count == 0 && UpsertRelationships.Count == 0 && DeleteRelationshipIds.Count == 0 && DeleteNodeIds.Count == 0;
}

/// <summary>The actor and operation recorded with each change.</summary>
public sealed record AuditContext(string Actor, string Operation);
