using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Core.Tests.Storage;

public sealed class WeightPropertiesTests
{
    [Fact]
    public void BehavesLikeAOneEntryDictionaryOfTheWeight()
    {
        var properties = new WeightProperties(0.25);
        var dictionary = new Dictionary<string, object>(StringComparer.Ordinal) { ["weight"] = 0.25 };

        properties.Count.ShouldBe(1);
        properties["weight"].ShouldBe(0.25);
        properties.ContainsKey("Weight").ShouldBeFalse();
        properties.TryGetValue("other", out _).ShouldBeFalse();
        Should.Throw<KeyNotFoundException>(() => properties["other"]);
        properties.ToList().ShouldBe([new KeyValuePair<string, object>("weight", 0.25)]);
        properties.Keys.ShouldBe(["weight"]);
        PropertyValues.AreEqual(properties, dictionary).ShouldBeTrue();
        PropertyValues.AreEqual(properties, new WeightProperties(0.5)).ShouldBeFalse();
    }
}
