namespace KnowledgeGraph.Interchange.Seeds;

/// <summary>One problem in the seed files, at a 1-based line and column; prints as <c>file:line:col: message</c>.</summary>
public sealed record SeedProblem(string File, int Line, int Column, string Code, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
