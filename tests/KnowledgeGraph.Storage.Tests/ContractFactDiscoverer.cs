using Xunit.Abstractions;
using Xunit.Sdk;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>Discovers <see cref="ContractFactAttribute"/> tests, skipping them when <see cref="ContractSkip"/> says so.</summary>
public sealed class ContractFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var reason = ContractSkip.ReasonFor(testMethod.TestClass.Class.ToRuntimeType());
        return reason is null
            ? base.Discover(discoveryOptions, testMethod, factAttribute)
            : [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)];
    }
}
