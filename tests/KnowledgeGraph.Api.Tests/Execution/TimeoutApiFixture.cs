using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Execution;

/// <summary>The API with a short request timeout (<c>GraphQLLimitsOptions:RequestTimeout</c> of 300 ms).</summary>
public sealed class TimeoutApiFixture : ApiFixture
{
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromMilliseconds(300);

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["GraphQLLimitsOptions:RequestTimeout"] = RequestTimeout.ToString(),
    };
}
