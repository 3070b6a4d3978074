namespace KnowledgeGraph.Application.Security;

/// <summary>A stored API key without its secret: the public id (also the key's prefix), who it is for, its role and dates.</summary>
public sealed record ApiKeyRecord(string Id, string Name, ApiRole Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public bool IsActive => RevokedAt is null;

    /// <summary>The actor written to the audit trail for writes made with this key.</summary>
    public string Actor => ApiActors.ForKey(Name);
}
