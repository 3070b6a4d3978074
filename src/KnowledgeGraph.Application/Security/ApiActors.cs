namespace KnowledgeGraph.Application.Security;

/// <summary>
/// The actor names recorded in the audit trail: <c>key:NAME</c> for an API key, <c>jwt:SUBJECT</c> for a bearer token,
/// <c>anonymous</c> for an unauthenticated caller of an open server. The prefixes keep a token subject from posing as a key.
/// </summary>
public static class ApiActors
{
    public const string Anonymous = "anonymous";

    public static string ForKey(string keyName) => "key:" + keyName;

    public static string ForToken(string subject) => "jwt:" + subject;
}
