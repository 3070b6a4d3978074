using KnowledgeGraph.Api.Loading;

namespace KnowledgeGraph.Api.Execution;

/// <summary>The GraphQL user context of one HTTP request: what the validation rules need to know about the transport.</summary>
internal sealed class RequestContext : Dictionary<string, object?>
{
    public bool IsGet { get; init; }

    /// <summary>The request's loaders, kept here once resolved: fields ask for them hundreds of times per page.</summary>
    public GraphDataLoader? Loader { get; set; }
}
