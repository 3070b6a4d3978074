namespace KnowledgeGraph.Storage.Tests;

public sealed class ContractSkipTests
{
    private const string SetVariable = "KG_CONTRACT_SKIP_TESTS_SET";

    [Fact]
    public void ReasonFor_NamesTheVariable_WhenTheRequiredVariableIsMissing()
    {
        var reason = ContractSkip.ReasonFor(typeof(NeedsMissingVariable));

        reason.ShouldNotBeNull().ShouldContain("KG_CONTRACT_SKIP_TESTS_NEVER_SET");
    }

    [Fact]
    public void ReasonFor_ReturnsNull_WhenTheVariableIsSetOrNothingIsRequired()
    {
        Environment.SetEnvironmentVariable(SetVariable, "http://127.0.0.1:7474");

        ContractSkip.ReasonFor(typeof(NeedsSetVariable)).ShouldBeNull();
        ContractSkip.ReasonFor(typeof(ContractSkipTests)).ShouldBeNull();
    }

    [RequiresEnvironmentVariable("KG_CONTRACT_SKIP_TESTS_NEVER_SET")]
    private sealed class NeedsMissingVariable;

    [RequiresEnvironmentVariable(SetVariable)]
    private sealed class NeedsSetVariable;
}
