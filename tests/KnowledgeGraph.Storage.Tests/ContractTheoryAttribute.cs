using Xunit.Sdk;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>A <see cref="TheoryAttribute"/> of the store contract: skipped with a reason for subclasses whose server is not configured.</summary>
[XunitTestCaseDiscoverer("KnowledgeGraph.Storage.Tests.ContractTheoryDiscoverer", "KnowledgeGraph.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ContractTheoryAttribute : TheoryAttribute;
