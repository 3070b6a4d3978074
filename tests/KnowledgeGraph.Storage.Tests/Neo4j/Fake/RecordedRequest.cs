namespace KnowledgeGraph.Storage.Tests.Neo4j.Fake;

/// <summary>One request the fake received, as the server saw it (parameters decoded from typed JSON).</summary>
internal sealed record RecordedRequest(
    string Method,
    string Path,
    string? Statement,
    IReadOnlyDictionary<string, object?> Parameters,
    string? AccessMode,
    IReadOnlyList<string> Bookmarks,
    string? ClusterAffinity,
    string? Authorization,
    string? ContentType,
    string RawBody);
