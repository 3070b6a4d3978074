using KnowledgeGraph.Application.Security;

namespace KnowledgeGraph.Api.Tests.Security;

/// <summary>A production-like server: closed, no introspection, no IDE, and a small rate limit (5 requests a minute per client).</summary>
public sealed class LockedDownApiFixture : SecureApiFixture
{
    public const int PermitLimit = 5;

    protected override IReadOnlyList<(string Name, ApiRole Role)> KeysToCreate { get; } =
        [("admin-test", ApiRole.Admin), ("limited-a", ApiRole.Reader), ("limited-b", ApiRole.Reader)];

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Security:Open"] = "false",
        ["GraphQL:EnableIntrospection"] = "false",
        ["GraphQL:EnableIde"] = "false",
        ["RateLimiting:PermitLimit"] = PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimiting:Window"] = "00:01:00",
    };
}
