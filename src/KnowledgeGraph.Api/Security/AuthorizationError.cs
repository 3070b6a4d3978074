using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Security;

/// <summary>A refusal by <see cref="GraphQLAuthorizationRule"/>: <c>UNAUTHENTICATED</c> (401) or <c>FORBIDDEN</c> (403).</summary>
internal sealed class AuthorizationError : ValidationError
{
    public AuthorizationError(ROM document, string code, string message, ASTNode node)
        : base(document, null, message, node)
    {
        Code = code;
    }

    public int StatusCode => Code == SecurityErrorCodes.Unauthenticated ? 401 : 403;
}
