using GraphQL;

namespace KnowledgeGraph.Api.Execution;

/// <summary>An error with a stable code and, for bad input, the path of the offending input field (e.g. <c>input.properties.level</c>).</summary>
internal sealed class ApiError : ExecutionError
{
    public ApiError(string code, string message, IReadOnlyList<object>? inputPath = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        InputPath = inputPath;
    }

    public IReadOnlyList<object>? InputPath { get; }
}
