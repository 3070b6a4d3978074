using System.Diagnostics;
using System.Net;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Api.Tests.Execution;

/// <summary>A request that outruns <c>RequestTimeout</c> is stopped with TIMEOUT, and the server goes on serving.</summary>
public sealed class RequestTimeoutTests(TimeoutApiFixture api) : IClassFixture<TimeoutApiFixture>
{
    [Fact]
    public async Task AnswersTimeoutForAQueryThatCannotFinishAndKeepsServing()
    {
        api.Store.Stall = q => q.Kind == NodeKind.Barrier;
        var watch = Stopwatch.StartNew();

        var stuck = await api.Client.PostAsync("{ barriers(first: 5) { nodes { id } } }");

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20), "the stalled store call should have been cancelled at the timeout");
        watch.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeoutApiFixture.RequestTimeout - TimeSpan.FromMilliseconds(50));
        stuck.Status.ShouldBe(HttpStatusCode.OK, stuck.Text);
        stuck.ErrorCodes.ShouldBe(["TIMEOUT"], stuck.Text);
        stuck.Body.AsObject().ContainsKey("data").ShouldBeTrue("execution had started, so data is present (null)");
        stuck.Data.ShouldBeNull();

        var next = await api.Client.PostAsync("{ institutions(first: 2) { nodes { id } } }");
        next.Errors.ShouldBeEmpty(next.Text);
        next.Data!["institutions"]!["nodes"]!.AsArray().Count.ShouldBe(2);
    }
}
