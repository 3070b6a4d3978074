using GraphQL.Types;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Api.GraphTypes.Common;

internal sealed class ConfidenceEnum : EnumerationGraphType<Confidence>
{
    public ConfidenceEnum()
    {
        Name = "Confidence";
        Description = "How far a fact is trusted.";
    }
}
