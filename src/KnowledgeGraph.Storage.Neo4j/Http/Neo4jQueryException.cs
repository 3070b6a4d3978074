using System.Net;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>A failure reported by Neo4j or on the way to it, with the server's status code (e.g. <c>Neo.ClientError.Security.Unauthorized</c>).</summary>
internal sealed class Neo4jQueryException : GraphStoreException
{
    public Neo4jQueryException(string code, string message, string? neo4jCode = null, HttpStatusCode? status = null, Exception? innerException = null)
        : base(code, message, null, innerException)
    {
        Neo4jCode = neo4jCode;
        Status = status;
    }

    public string? Neo4jCode { get; }

    public HttpStatusCode? Status { get; }

    public bool IsTransient => Neo4jCode?.StartsWith(TransientErrors.TransientPrefix, StringComparison.Ordinal) == true
        || Status == HttpStatusCode.ServiceUnavailable;
}
