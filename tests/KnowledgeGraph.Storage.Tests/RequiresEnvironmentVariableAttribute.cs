namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// Put on a contract subclass whose store needs a live server (e.g. <c>[RequiresEnvironmentVariable("NEO4J_URI")]</c>):
/// its inherited <see cref="ContractFactAttribute"/> and <see cref="ContractTheoryAttribute"/> tests are reported as
/// skipped, with the reason, unless the variable is set.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RequiresEnvironmentVariableAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
