using Xunit.Abstractions;
using Xunit.Sdk;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>Discovers <see cref="ContractTheoryAttribute"/> tests, skipping the whole theory when <see cref="ContractSkip"/> says so.</summary>
public sealed class ContractTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute)
    {
        var reason = ContractSkip.ReasonFor(testMethod.TestClass.Class.ToRuntimeType());
        return reason is null
            ? base.Discover(discoveryOptions, testMethod, theoryAttribute)
            : [new XunitSkippedDataRowTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason)];
    }
}
