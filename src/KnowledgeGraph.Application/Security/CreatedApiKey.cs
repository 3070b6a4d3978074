namespace KnowledgeGraph.Application.Security;

/// <summary>A new key: its record and the full secret, which exists only here and is never stored or shown again.</summary>
public sealed record CreatedApiKey(ApiKeyRecord Record, string Key);
