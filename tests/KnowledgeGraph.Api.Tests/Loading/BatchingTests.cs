using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.Loading;

/// <summary>A page with nested relationships costs the same number of store calls whatever its size (no N+1).</summary>
public sealed class BatchingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Page = """
        query Page($n: Int) {
          institutions(first: $n, order: [{ id: ASC }]) {
            nodes {
              id
              provenance { sources { name } }
              competencies { level competency { name heldBy { level holder { id } } } }
              memberOf { role mechanism { name members { institution { acronym } } } }
              partOf { parent { name } }
            }
          }
        }
        """;

    [Fact]
    public async Task CostsTheSameNumberOfStoreCallsForFiveAndFiftyInstitutions()
    {
        var five = await CallsForAsync(5);
        var fifty = await CallsForAsync(50);

        fifty.ShouldBe(five);
        five.Values.Sum().ShouldBeLessThanOrEqualTo(12, string.Join(", ", five.Select(p => $"{p.Key}={p.Value}")));
    }

    private async Task<IReadOnlyDictionary<string, int>> CallsForAsync(int n)
    {
        api.Store.Reset();
        var response = await api.Client.PostAsync(Page, new { n });
        response.Errors.ShouldBeEmpty(response.Text);
        response.Data!["institutions"]!["nodes"]!.AsArray().Count.ShouldBe(n);
        return api.Store.Calls;
    }
}
