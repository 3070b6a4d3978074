namespace KnowledgeGraph.Storage.Tests.Neo4j.Fake;

/// <summary>Variable bindings, parameters and the database a predicate is evaluated against.</summary>
internal sealed class FakeEvaluation(FakeGraphState state, IReadOnlyDictionary<string, object?> parameters, IReadOnlyDictionary<string, FakeNode> bindings)
{
    public FakeGraphState State { get; } = state;

    public FakeNode Bind(string variable) =>
        bindings.TryGetValue(variable, out var node) ? node : throw new FakeCypherException("Neo.ClientError.Statement.SyntaxError", $"Variable `{variable}` not defined");

    public object? Parameter(string name) =>
        parameters.TryGetValue(name, out var value) ? value : throw new FakeCypherException("Neo.ClientError.Statement.ParameterMissing", $"Expected parameter(s): {name}");

    public FakeEvaluation With(string variable, FakeNode node) =>
        new(State, parameters, new Dictionary<string, FakeNode>(bindings, StringComparer.Ordinal) { [variable] = node });
}
