using GraphQL.Types;
using KnowledgeGraph.Api.GraphTypes.Nodes;
using KnowledgeGraph.Core.Schema;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Mutations;

/// <summary>
/// Every property any node kind (or relationship type) declares, typed; the validator rejects those the kind does not
/// have (UNKNOWN_PROPERTY at <c>input.properties.&lt;name&gt;</c>).
/// </summary>
internal sealed class PropertiesInputType : InputObjectGraphType
{
    public PropertiesInputType(string name, string description, IEnumerable<PropertySpec> specs)
    {
        Name = name;
        Description = description;
        foreach (var group in specs.GroupBy(s => s.Name, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var types = group.Select(s => s.Type).Distinct().ToList();
            if (types.Count != 1)
            {
                throw new InvalidOperationException($"Property '{group.Key}' has different types in different kinds; the properties input cannot type it.");
            }

            var scalar = types[0] == Core.Schema.PropertyType.StringList
                ? new ListGraphType(NonNull("String"))
                : Ref(PropertyFields.ScalarName(types[0]));
            AddField(new FieldType { Name = group.Key, ResolvedType = scalar, Description = string.Join(" ", group.Select(PropertyFields.Describe).Distinct()) });
        }
    }

    public static PropertiesInputType ForNodes() =>
        new("NodePropertiesInput", "Kind-specific node properties; set only those of the node's kind.", DomainSchema.NodeProperties.Values.SelectMany(v => v));

    public static PropertiesInputType ForRelationships() =>
        new("RelationshipPropertiesInput", "Type-specific relationship properties; set only those of the relationship's type.", DomainSchema.Relationships.Values.SelectMany(r => r.Properties));
}
