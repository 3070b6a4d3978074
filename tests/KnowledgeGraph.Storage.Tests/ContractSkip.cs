using System.Reflection;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>Decides, per concrete test class, whether its contract tests run.</summary>
public static class ContractSkip
{
    /// <summary>The skip reason for <paramref name="testClass"/>, or null when its tests can run.</summary>
    public static string? ReasonFor(Type? testClass)
    {
        var requirement = testClass?.GetCustomAttribute<RequiresEnvironmentVariableAttribute>(inherit: true);
        return requirement is null || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(requirement.Name))
            ? null
            : $"{testClass!.Name} needs a live server: set {requirement.Name} to run it.";
    }
}
