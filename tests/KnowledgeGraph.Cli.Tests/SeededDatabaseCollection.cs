namespace KnowledgeGraph.Cli.Tests;

/// <summary>The test classes that share one <see cref="SeededDatabase"/> (seeding once keeps the suite fast).</summary>
[CollectionDefinition(Name)]
public sealed class SeededDatabaseCollection : ICollectionFixture<SeededDatabase>
{
    public const string Name = "seeded database";
}
