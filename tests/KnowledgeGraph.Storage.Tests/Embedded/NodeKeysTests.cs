using KnowledgeGraph.Storage.Embedded.Writing;

namespace KnowledgeGraph.Storage.Tests.Embedded;

public sealed class NodeKeysTests
{
    [Fact]
    public void TryGetAt_AddsThePosition_WhenTheTableListsCreatedNodesInOrderWithConsecutiveKeys()
    {
        var keys = Created(("a", 10), ("b", 11), ("c", 12), ("d", 13));
        List<string> table = ["a", "b", "c", "d"];

        table.Select((_, p) => At(keys, table, p)).ShouldBe([10L, 11L, 12L, 13L]);
    }

    [Fact]
    public void TryGetAt_OnlyAddsOverTheConsecutivePrefix_AndAsksForLookupsAfterIt()
    {
        var keys = Created(("a", 10), ("b", 11), ("c", 15), ("d", 16));
        List<string> table = ["a", "b", "c", "d", "e"];

        At(keys, table, 1).ShouldBe(11L);
        At(keys, table, 2).ShouldBeNull();
        At(keys, table, 4).ShouldBeNull();
        keys.FoundAt(2, 15);
        At(keys, table, 2).ShouldBe(15L);
    }

    [Fact]
    public void TryGetAt_AsksForLookups_WhenTheTableIsInAnotherOrder()
    {
        var keys = Created(("a", 1), ("b", 2), ("c", 3));
        List<string> table = ["b", "a", "c"];

        At(keys, table, 0).ShouldBe(2L);
        At(keys, table, 1).ShouldBeNull();
        At(keys, table, 2).ShouldBeNull();
        keys.FoundAt(1, 1);
        At(keys, table, 1).ShouldBe(1L);
    }

    [Fact]
    public void TryGetAt_StartsWhereTheTablesFirstIdWasCreated()
    {
        var keys = Created(("x", 5), ("a", 6), ("b", 7));
        List<string> table = ["a", "b"];

        At(keys, table, 0).ShouldBe(6L);
        At(keys, table, 1).ShouldBe(7L);
    }

    [Fact]
    public void TryGet_FindsCreatedAndFoundNodes_AndNotDeletedOnes()
    {
        var keys = Created(("a", 1), ("b", 2));
        keys.Found("z", 40);

        (keys.TryGet("b", out var b), b).ShouldBe((true, 2L));
        (keys.TryGet("z", out var z), z).ShouldBe((true, 40L));
        keys.TryGet("q", out _).ShouldBeFalse();

        keys.Deleted("a");

        keys.TryGet("a", out _).ShouldBeFalse();
        (keys.TryGet("b", out var stillB), stillB).ShouldBe((true, 2L));
    }

    [Fact]
    public void TryGetAt_StopsAddingPositions_AfterADelete()
    {
        var keys = Created(("a", 1), ("b", 2));
        List<string> table = ["a", "b"];
        At(keys, table, 1).ShouldBe(2L);

        keys.Deleted("a");

        At(keys, table, 0).ShouldBeNull();
        At(keys, table, 1).ShouldBeNull();
    }

    private static NodeKeys Created(params (string Id, long Key)[] nodes)
    {
        var keys = new NodeKeys();
        foreach (var (id, key) in nodes)
        {
            keys.Created(id, key);
        }

        return keys;
    }

    private static long? At(NodeKeys keys, IReadOnlyList<string> table, int position) =>
        keys.TryGetAt(table, position, out var key) ? key : null;
}
