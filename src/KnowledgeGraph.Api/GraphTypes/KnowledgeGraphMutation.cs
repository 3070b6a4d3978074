using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphTypes.Mutations;
using KnowledgeGraph.Core.Model;
using Microsoft.Extensions.DependencyInjection;
using static KnowledgeGraph.Api.GraphTypes.Common.GraphTypeFactory;

namespace KnowledgeGraph.Api.GraphTypes;

/// <summary>Curation writes. Each is validated like the seeds and applied atomically with an audit entry.</summary>
internal sealed class KnowledgeGraphMutation : ObjectGraphType
{
    public KnowledgeGraphMutation()
    {
        Name = "Mutation";
        Description = "Curate the graph: every write is validated like a seed and applied atomically with an audit entry.";

        AddField(MakeField("upsertNode", Ref("UpsertNodePayload"), "Create or replace a node.", c =>
            RunAsync(c, (s, actor) => s.UpsertNodeAsync(c.GetArgument<Dictionary<string, object?>>("input"), actor, c.CancellationToken)),
            Argument("input", NonNull("NodeInput"))));

        AddField(MakeField("deleteNode", Ref("DeletePayload"), "Delete a node and its relationships.", c =>
            RunAsync(c, (s, actor) => s.DeleteNodeAsync(c.GetArgument<string>("id"), actor, c.CancellationToken)),
            Argument("id", NonNull("ID"))));

        AddField(MakeField("addRelationship", Ref("AddRelationshipPayload"), "Create or replace a relationship.", c =>
            RunAsync(c, (s, actor) => s.AddRelationshipAsync(c.GetArgument<Dictionary<string, object?>>("input"), actor, c.CancellationToken)),
            Argument("input", NonNull("RelationshipInput"))));

        AddField(MakeField("removeRelationship", Ref("DeletePayload"), "Remove a relationship by id, or by type, from and to.", c =>
            RunAsync(c, (s, actor) => s.RemoveRelationshipAsync(
                c.GetArgument<string?>("id"), c.GetArgument<RelationshipType?>("type"), c.GetArgument<string?>("from"), c.GetArgument<string?>("to"), actor, c.CancellationToken)),
            Argument("id", Ref("ID")),
            Argument("type", Ref("RelationshipType")),
            Argument("from", Ref("ID")),
            Argument("to", Ref("ID"))));
    }

    private static async Task<object?> RunAsync<T>(IResolveFieldContext context, Func<CurationService, string, Task<T>> write)
    {
        var service = context.RequestServices!.GetRequiredService<CurationService>();
        var gate = context.RequestServices!.GetRequiredService<CurationLock>();
        var actor = context.User?.Identity?.Name ?? "graphql-api";
        try
        {
            return await gate.RunAsync(() => write(service, actor), context.CancellationToken).ConfigureAwait(false);
        }
        catch (CurationException rejected)
        {
            foreach (var error in rejected.Errors)
            {
                error.Path = context.ResponsePath;
                context.Errors.Add(error);
            }

            return null;
        }
    }
}
