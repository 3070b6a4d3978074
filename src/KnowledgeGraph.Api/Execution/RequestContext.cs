namespace KnowledgeGraph.Api.Execution;

/// <summary>The GraphQL user context of one HTTP request: what the validation rules need to know about the transport.</summary>
internal sealed class RequestContext : Dictionary<string, object?>
{
    public bool IsGet { get; init; }
}
