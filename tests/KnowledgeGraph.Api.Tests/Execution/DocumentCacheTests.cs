using GraphQL.Execution;
using KnowledgeGraph.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Execution;

/// <summary>Repeated query text skips parsing and validation; different text does not.</summary>
public sealed class DocumentCacheTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task ParsesARepeatedQueryOnlyOnce()
    {
        var parser = api.Services.GetRequiredService<IDocumentBuilder>().ShouldBeOfType<CountingDocumentBuilder>();
        var query = "{ cached: institutions(first: 1) { nodes { id } } }";

        var before = parser.Count(query);
        for (var i = 0; i < 3; i++)
        {
            (await api.Client.PostAsync(query)).Errors.ShouldBeEmpty();
        }

        (parser.Count(query) - before).ShouldBe(1);
    }

    [Fact]
    public async Task DoesNotCacheInvalidDocuments()
    {
        var parser = api.Services.GetRequiredService<IDocumentBuilder>().ShouldBeOfType<CountingDocumentBuilder>();
        var query = "{ institutions(first: 1) { nodes { notAField } } }";

        var before = parser.Count(query);
        (await api.Client.PostAsync(query)).ErrorCodes.ShouldBe(["GRAPHQL_VALIDATION_FAILED"]);
        (await api.Client.PostAsync(query)).ErrorCodes.ShouldBe(["GRAPHQL_VALIDATION_FAILED"]);

        (parser.Count(query) - before).ShouldBe(2);
    }
}
