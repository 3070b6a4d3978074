using Xunit.Abstractions;
using Xunit.Sdk;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Live;

/// <summary>A test case reported as skipped with a fixed reason (see <see cref="LiveAwareTestFramework"/>).</summary>
public sealed class SkippedTestCase : XunitTestCase
{
    private string _reason = string.Empty;

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippedTestCase()
    {
    }

    public SkippedTestCase(
        IMessageSink diagnosticMessageSink, TestMethodDisplay methodDisplay, TestMethodDisplayOptions methodDisplayOptions, ITestMethod testMethod, string reason)
        : base(diagnosticMessageSink, methodDisplay, methodDisplayOptions, testMethod)
    {
        _reason = reason;
        SkipReason = reason;
    }

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("LiveSkipReason", _reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _reason = data.GetValue<string>("LiveSkipReason");
        base.Deserialize(data);
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => _reason;
}
