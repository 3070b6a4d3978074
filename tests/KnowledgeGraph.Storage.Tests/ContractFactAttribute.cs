using Xunit.Sdk;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>A <see cref="FactAttribute"/> of the store contract: skipped with a reason for subclasses whose server is not configured.</summary>
[XunitTestCaseDiscoverer("KnowledgeGraph.Storage.Tests.ContractFactDiscoverer", "KnowledgeGraph.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ContractFactAttribute : FactAttribute;
