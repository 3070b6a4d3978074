using System.Text.RegularExpressions;
using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Docs;

/// <summary>Every ```graphql block of the README runs as written against the seeded data, without errors.</summary>
public sealed partial class ReadmeExamplesTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    public static TheoryData<int> Blocks() => [.. Enumerable.Range(0, Extract().Count)];

    [Theory]
    [MemberData(nameof(Blocks))]
    public async Task RunsTheExampleAsWritten(int index)
    {
        var query = Extract()[index];

        var response = await api.Client.PostAsync(query);

        response.Errors.ShouldBeEmpty($"example {index + 1}:\n{query}\n{response.Text}");
        response.Data.ShouldNotBeNull();
    }

    [Fact]
    public void DocumentsOneExampleAtLeastPerAnalystQuestion() => Extract().Count.ShouldBeGreaterThanOrEqualTo(7);

    private static List<string> Extract()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        return [.. GraphQLBlock().Matches(text).Select(m => m.Groups[1].Value)];
    }

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}
