namespace KnowledgeGraph.Api.Tests.Security;

/// <summary>An open loopback server with a short request timeout, for hostile input.</summary>
public sealed class FuzzApiFixture : SecureApiFixture
{
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(5);

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["GraphQLLimitsOptions:RequestTimeout"] = RequestTimeout.ToString(),
    };
}
