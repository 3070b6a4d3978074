using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Api.GraphTypes.Mutations;

internal sealed record RelationshipPayload(Relationship Relationship, bool Created, bool Changed, long Revision);
