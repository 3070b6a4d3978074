using GraphQL.Types;
using KnowledgeGraph.Core.Model;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Common;

/// <summary>A property as name and text, for generic consumers (visualisation tools, exports).</summary>
internal sealed class PropertyValueType : ObjectGraphType<KeyValuePair<string, object>>
{
    public PropertyValueType()
    {
        Name = "PropertyValue";
        Description = "A kind- or type-specific property as name and invariant text.";
        AddField(MakeField("name", NonNull("String"), null, c => ((KeyValuePair<string, object>)c.Source!).Key));
        AddField(MakeField("value", NonNull("String"), "Invariant text (dates yyyy-MM-dd, lists joined with '; ').", c => PropertyValues.ToInvariantString(((KeyValuePair<string, object>)c.Source!).Value)));
    }
}
