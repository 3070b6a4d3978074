namespace KnowledgeGraph.Api.Tests.Security;

/// <summary>The default settings on 127.0.0.1 (what the README's run command gives): open to anonymous editors.</summary>
public sealed class OpenApiFixture : SecureApiFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();
}
