namespace KnowledgeGraph.Application.Security;

/// <summary>What a caller may do. Each role includes the ones below it: admin ⊃ editor ⊃ reader.</summary>
public enum ApiRole
{
    /// <summary>Queries (reads) only.</summary>
    Reader = 1,

    /// <summary>Queries and curation mutations.</summary>
    Editor = 2,

    /// <summary>Everything, including the audit trail.</summary>
    Admin = 3,
}
