namespace KnowledgeGraph.Api.Security;

/// <summary>Per request: why a presented credential was refused (null when none was presented or it was valid).</summary>
internal sealed class CredentialOutcome(string? failure)
{
    public string? Failure { get; } = failure;
}
