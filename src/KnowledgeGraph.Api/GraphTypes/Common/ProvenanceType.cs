using GraphQL.Types;
using KnowledgeGraph.Api.Loading;
using KnowledgeGraph.Core.Model;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes.Common;

/// <summary>Where a fact comes from: Source nodes (loaded in batches) and a note.</summary>
internal sealed class ProvenanceType : ObjectGraphType<Provenance>
{
    public ProvenanceType()
    {
        Name = "Provenance";
        Description = "Where a fact comes from.";
        AddField(MakeField("sourceIds", ListOf("ID"), "Ids of the Source nodes.", c => ((Provenance)c.Source!).Sources));
        AddField(MakeField("sources", ListOf(nameof(NodeKind.Source)), "The Source nodes.", c =>
        {
            var loader = c.Loader();
            var loads = ((Provenance)c.Source!).Sources.Select(loader.LoadNode).ToList();
            return new LoaderResult<IReadOnlyList<Node>>(async ct =>
            {
                var nodes = new List<Node>(loads.Count);
                foreach (var load in loads)
                {
                    if (await load.GetResultAsync(ct).ConfigureAwait(false) is { Kind: NodeKind.Source } node)
                    {
                        nodes.Add(node);
                    }
                }

                return nodes;
            });
        }));
        AddField(MakeField("note", Ref("String"), "A short note or quote.", c => ((Provenance)c.Source!).Note));
    }
}
