using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Interchange.Exports;

namespace KnowledgeGraph.Interchange.Tests.Exports;

public sealed class ExportModelTests
{
    private static readonly Node A = new() { Id = "a", Kind = NodeKind.Institution, Name = "A" };
    private static readonly Node B = new() { Id = "b", Kind = NodeKind.Institution, Name = "B" };

    [Fact]
    public void DropsRelationshipsWithAMissingEndGivenAPartialSubgraph()
    {
        var inside = Rel("a", "b", RelationshipType.CoordinatesWith);
        var dangling = Rel("a", "zz", RelationshipType.CoordinatesWith);

        var model = ExportModel.Create(new Subgraph([A, B], [inside, dangling]), null);

        model.Relationships.ShouldBe([inside]);
    }

    [Fact]
    public void KeepsTheFirstOfRepeatedIdsGivenDuplicates()
    {
        var again = A with { Name = "A again" };
        var first = Rel("a", "b", RelationshipType.DependsOn);

        var model = ExportModel.Create(new Subgraph([A, B, again], [first, first with { Description = "again" }]), null);

        model.Nodes.Select(n => n.Name).ShouldBe(["A", "B"]);
        model.Relationships.Single().Description.ShouldBeNull();
    }

    [Fact]
    public void RenamesPropertiesAndAttributesGivenNamesTakenByBuiltIns()
    {
        var agreement = new Node
        {
            Id = "ag",
            Kind = NodeKind.Agreement,
            Name = "Ag",
            Properties = new Dictionary<string, object> { ["kind"] = "treaty", ["prop_kind"] = "odd" },
        };
        var attributes = new Dictionary<string, IReadOnlyDictionary<string, object>>
        {
            ["ag"] = new Dictionary<string, object> { ["name"] = "x", ["parent"] = "y", ["kind"] = "z" },
        };

        var model = ExportModel.Create(new Subgraph([agreement], []), attributes);

        var names = model.NodeColumns.Select(c => c.Name).ToList();
        names.ShouldBeUnique();
        names.Take(9).ShouldBe(["kind", "name", "aliases", "description", "confidence", "sources", "note", "validFrom", "validTo"]);
        names.Skip(9).ShouldBe(["prop_kind", "prop_prop_kind", "attr_kind", "attr_name", "attr_parent"]);
        Value(model, agreement, "prop_kind").ShouldBe("treaty");
        Value(model, agreement, "attr_parent").ShouldBe("y");
    }

    [Fact]
    public void WidensColumnTypesGivenMixedValues()
    {
        var attributes = new Dictionary<string, IReadOnlyDictionary<string, object>>
        {
            ["a"] = new Dictionary<string, object> { ["score"] = 3, ["flag"] = true, ["rank"] = 1u },
            ["b"] = new Dictionary<string, object> { ["score"] = 0.5f, ["flag"] = "maybe", ["rank"] = 2L },
        };

        var model = ExportModel.Create(new Subgraph([A, B], []), attributes);

        Column(model, "score").Type.ShouldBe(ColumnType.Double);
        Column(model, "flag").Type.ShouldBe(ColumnType.String);
        Column(model, "rank").Type.ShouldBe(ColumnType.Long);
        Value(model, A, "score").ShouldBe(3.0);
        Value(model, A, "flag").ShouldBe("true");
        Value(model, A, "rank").ShouldBe(1L);
    }

    [Fact]
    public void IgnoresAttributesOfNodesOutsideTheSubgraph()
    {
        var attributes = new Dictionary<string, IReadOnlyDictionary<string, object>>
        {
            ["elsewhere"] = new Dictionary<string, object> { ["betweenness"] = 1.0 },
        };

        var model = ExportModel.Create(new Subgraph([A], []), attributes);

        model.NodeColumns.ShouldNotContain(c => c.Name == "betweenness");
    }

    [Fact]
    public void DeclaresOnlyPropertiesPresentGivenTheSampleGraph()
    {
        var model = ExportModel.Create(SampleGraph.Graph, null);

        var edgeColumns = model.EdgeColumns.ToDictionary(c => c.Name, c => c.Type);
        edgeColumns.Keys.ShouldBe(["type", "description", "confidence", "sources", "note", "validFrom", "validTo", "barrier", "channel", "for", "level", "strength", "weight"]);
        edgeColumns["level"].ShouldBe(ColumnType.Long);
        edgeColumns["weight"].ShouldBe(ColumnType.Double);
        model.NodeColumns.ShouldNotContain(c => c.Name == "betweenness");
    }

    private static Relationship Rel(string from, string to, RelationshipType type) =>
        new() { Id = Relationship.DefaultId(from, type, to), Type = type, From = from, To = to };

    private static ExportColumn<Node> Column(ExportModel model, string name) => model.NodeColumns.Single(c => c.Name == name);

    private static object? Value(ExportModel model, Node node, string name) => Column(model, name).ValueOf(node);
}
