namespace KnowledgeGraph.Core.Validation;

/// <summary>Stable codes of validation problems; also the GraphQL <c>extensions.code</c> of a rejected mutation.</summary>
public static class ValidationCodes
{
    public const string BadId = "BAD_ID";
    public const string DuplicateId = "DUPLICATE_ID";
    public const string UnknownReference = "UNKNOWN_REFERENCE";
    public const string EndpointKind = "ENDPOINT_KIND_NOT_ALLOWED";
    public const string BadValueType = "BAD_VALUE_TYPE";
    public const string BadValue = "BAD_VALUE";
    public const string MissingRequired = "MISSING_REQUIRED";
    public const string MissingSource = "MISSING_SOURCE";
    public const string UnknownProperty = "UNKNOWN_PROPERTY";
    public const string RequiresCycle = "REQUIRES_CYCLE";
    public const string BadDates = "VALID_TO_BEFORE_VALID_FROM";
    public const string Syntax = "SYNTAX";
}
