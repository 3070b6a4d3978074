namespace KnowledgeGraph.Application.Analysis;

/// <summary>Stable codes of <see cref="AnalysisException"/>; the GraphQL and CLI layers pass them through.</summary>
public static class AnalysisCodes
{
    public const string UnknownNode = "UNKNOWN_NODE";
    public const string UnknownRelationship = "UNKNOWN_RELATIONSHIP";
    public const string SameEndpoints = "SAME_ENDPOINTS";
    public const string NoPath = "NO_PATH";
    public const string KOutOfRange = "K_OUT_OF_RANGE";
    public const string NotAnObjective = "NOT_AN_OBJECTIVE";
    public const string NotAnInstitution = "NOT_AN_INSTITUTION";
    public const string RequiresCycle = "REQUIRES_CYCLE";
    public const string InvalidArgument = "INVALID_ARGUMENT";
}
