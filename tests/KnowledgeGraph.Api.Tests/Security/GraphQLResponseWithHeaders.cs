using System.Net.Http.Headers;
using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Security;

/// <summary>A GraphQL answer and its response headers (WWW-Authenticate, Retry-After...).</summary>
public sealed record GraphQLResponseWithHeaders(GraphQLResponse Response, HttpResponseHeaders Headers)
{
    public System.Net.HttpStatusCode Status => Response.Status;

    public IReadOnlyList<string> ErrorCodes => Response.ErrorCodes;

    public string Text => Response.Text;
}
