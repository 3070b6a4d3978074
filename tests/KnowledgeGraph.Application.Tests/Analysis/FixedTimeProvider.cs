namespace KnowledgeGraph.Application.Tests.Analysis;

/// <summary>A clock stopped at one instant, so "today" is known in tests.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
