using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Embedded.Queries;

namespace KnowledgeGraph.Storage.Tests.Embedded;

public sealed class CursorsTests
{
    [Fact]
    public void Decode_ReturnsTheEncodedValuesAndId_OfEveryType()
    {
        object?[] values = [null, 42L, 2.5, "text with \"quotes\" and ñ", double.NaN];

        var cursor = Cursors.Encode("+a,-b", values, "mx-sedena");
        var position = Cursors.Decode(cursor, "+a,-b", values.Length);

        position.Id.ShouldBe("mx-sedena");
        position.Values[0].ShouldBeNull();
        position.Values[1].ShouldBeOfType<long>().ShouldBe(42L);
        position.Values[2].ShouldBeOfType<double>().ShouldBe(2.5);
        position.Values[3].ShouldBe("text with \"quotes\" and ñ");
        double.IsNaN(position.Values[4].ShouldBeOfType<double>()).ShouldBeTrue();
        cursor.ShouldAllBe(c => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_');
    }

    [Fact]
    public void Decode_FailsWithBadCursor_ForAnotherSortOrKeyCount()
    {
        var cursor = Cursors.Encode("+name", ["x"], "id");

        Should.Throw<GraphStoreException>(() => Cursors.Decode(cursor, "-name", 1)).Code.ShouldBe(GraphStoreCodes.BadCursor);
        Should.Throw<GraphStoreException>(() => Cursors.Decode(cursor, "+name", 2)).Code.ShouldBe(GraphStoreCodes.BadCursor);
        Should.Throw<GraphStoreException>(() => Cursors.Decode(new string('a', 5000), "+name", 1)).Code.ShouldBe(GraphStoreCodes.BadCursor);
    }
}
