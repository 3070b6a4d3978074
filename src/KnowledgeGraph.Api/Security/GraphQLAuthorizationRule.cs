using GraphQL.Validation;
using GraphQLParser.AST;
using KnowledgeGraph.Application.Security;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Security;

/// <summary>
/// Authorization for GraphQL, as a validation rule (it runs for cached documents too, and before anything executes):
/// queries need <c>reader</c>, mutations <c>editor</c>, and a field marked with <see cref="RequiredRoles"/> its role
/// (<c>auditLog</c>: <c>admin</c>). A caller without a credential gets <c>UNAUTHENTICATED</c> (HTTP 401), one whose role
/// is too low <c>FORBIDDEN</c> (HTTP 403).
/// </summary>
internal sealed class GraphQLAuthorizationRule : ValidationRuleBase
{
    private static readonly INodeVisitor FieldVisitor = new MatchingNodeVisitor<GraphQLField>((field, context) =>
    {
        if (context.TypeInfo.GetFieldDef()?.RequiredRole() is { } required && !Allows(context, required))
        {
            Refuse(context, required, $"the field '{field.Name.StringValue}'", field);
        }
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation.Operation;
        var required = operation == OperationType.Query ? ApiRole.Reader : ApiRole.Editor;
        if (!Allows(context, required))
        {
            Refuse(context, required, operation == OperationType.Query ? "queries" : "mutations", context.Operation);
            return default;
        }

        return new(FieldVisitor);
    }

    private static bool Allows(ValidationContext context, ApiRole required) =>
        ApiPrincipals.RoleOf(context.User) is { } role && role.Allows(required);

    private static void Refuse(ValidationContext context, ApiRole required, string what, ASTNode node)
    {
        var user = context.User;
        var error = ApiPrincipals.IsAuthenticated(user)
            ? new AuthorizationError(
                context.Document.Source,
                SecurityErrorCodes.Forbidden,
                $"{ApiPrincipals.ActorOf(user)} has role {ApiPrincipals.RoleOf(user)?.ToName() ?? "none"}; {what} need role {required.ToName()}.",
                node)
            : new AuthorizationError(
                context.Document.Source,
                SecurityErrorCodes.Unauthenticated,
                $"Authentication required: {what} need role {required.ToName()}; send an API key ({SecuritySchemes.ApiKeyHeader}: kg_…) or a bearer token.",
                node);
        context.ReportError(error);
        if (context.RequestServices?.GetService<GraphQLAuthorizationOutcome>() is { } outcome)
        {
            // 401 wins over 403: without a credential there is nothing to forbid yet.
            outcome.StatusCode = outcome.StatusCode is { } earlier ? Math.Min(earlier, error.StatusCode) : error.StatusCode;
        }
    }
}
