using GraphQL.Types;
using KnowledgeGraph.Application.Security;

namespace KnowledgeGraph.Api.Security;

/// <summary>Field metadata naming the role a field needs beyond its operation's (e.g. <c>auditLog</c> needs admin).</summary>
internal static class RequiredRoles
{
    public const string MetadataKey = "kg:requiredRole";

    public static TField RequireRole<TField>(this TField field, ApiRole role)
        where TField : FieldType
    {
        field.Metadata[MetadataKey] = role;
        return field;
    }

    public static ApiRole? RequiredRole(this FieldType field) =>
        field.Metadata.TryGetValue(MetadataKey, out var value) && value is ApiRole role ? role : null;
}
