using KnowledgeGraph.Api.Execution;

namespace KnowledgeGraph.Api.GraphTypes.Mutations;

/// <summary>All the problems of one rejected write; each becomes its own GraphQL error.</summary>
internal sealed class CurationException(IReadOnlyList<ApiError> errors) : Exception(errors[0].Message)
{
    public IReadOnlyList<ApiError> Errors { get; } = errors;
}
