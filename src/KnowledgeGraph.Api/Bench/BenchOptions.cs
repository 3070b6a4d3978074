namespace KnowledgeGraph.Api.Bench;

/// <summary>Section <c>Bench</c>: <c>Bench:Enabled=true</c> maps the plain comparison endpoints under /bench/plain.</summary>
public sealed class BenchOptions
{
    public const string Section = "Bench";

    public bool Enabled { get; set; }
}
