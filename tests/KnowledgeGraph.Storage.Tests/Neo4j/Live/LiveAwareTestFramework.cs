using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: Xunit.TestFramework("KnowledgeGraph.Storage.Tests.Neo4j.Live.LiveAwareTestFramework", "KnowledgeGraph.Storage.Tests")]

namespace KnowledgeGraph.Storage.Tests.Neo4j.Live;

/// <summary>
/// xunit v2's own framework, except that test classes marked <see cref="Neo4jLiveClassAttribute"/> are discovered as
/// skipped (with <see cref="Neo4jLive.SkipReason"/>) when no Neo4j is configured. A <c>[Fact]</c> attribute cannot be
/// changed on inherited contract tests, and xunit v2 has no dynamic skip, so the decision is made at discovery.
/// Every other class is discovered exactly as by <see cref="XunitTestFramework"/>.
/// </summary>
public sealed class LiveAwareTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkDiscoverer(assemblyInfo, sourceProvider, diagnosticMessageSink)
    {
        protected override bool FindTestsForType(
            ITestClass testClass, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            var reason = Neo4jLive.SkipReason;
            if (reason is null || !testClass.Class.GetCustomAttributes(typeof(Neo4jLiveClassAttribute)).Any())
            {
                return base.FindTestsForType(testClass, includeSourceInformation, messageBus, discoveryOptions);
            }

            foreach (var method in testClass.Class.GetMethods(includePrivateMethods: false))
            {
                if (!method.GetCustomAttributes(typeof(FactAttribute)).Any())
                {
                    continue;
                }

                var testCase = new SkippedTestCase(
                    DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), new TestMethod(testClass, method), reason);
                if (!ReportDiscoveredTestCase(testCase, includeSourceInformation, messageBus))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
