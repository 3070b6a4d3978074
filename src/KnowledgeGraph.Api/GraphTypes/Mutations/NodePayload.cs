using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Api.GraphTypes.Mutations;

internal sealed record NodePayload(Node Node, bool Created, bool Changed, long Revision);
