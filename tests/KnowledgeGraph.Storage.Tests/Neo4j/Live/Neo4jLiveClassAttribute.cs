namespace KnowledgeGraph.Storage.Tests.Neo4j.Live;

/// <summary>
/// Marks a test class whose every test (inherited ones included, such as the store contract's) needs a live Neo4j:
/// <see cref="LiveAwareTestFramework"/> reports them skipped, with the reason, unless <c>NEO4J_URI</c> is set.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class Neo4jLiveClassAttribute : Attribute;
