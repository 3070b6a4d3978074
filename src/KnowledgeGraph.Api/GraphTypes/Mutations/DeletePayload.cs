namespace KnowledgeGraph.Api.GraphTypes.Mutations;

internal sealed record DeletePayload(string Id, int NodesDeleted, int RelationshipsDeleted, long Revision);
