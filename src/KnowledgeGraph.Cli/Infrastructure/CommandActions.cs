using System.CommandLine;
using KnowledgeGraph.Application.Analysis;
using KnowledgeGraph.Application.Exports;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Interchange;

namespace KnowledgeGraph.Cli.Infrastructure;

/// <summary>Gives every command the same error handling: a one-line message on stderr and an exit code, never a stack trace.</summary>
internal static class CommandActions
{
    public static void Set(Command command, CliContext context, Func<ParseResult, CancellationToken, Task<int>> action) =>
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            try
            {
                return await action(parseResult, cancellationToken);
            }
            catch (InterchangeException ex)
            {
                await context.Error.WriteLineAsync($"error: {ex.Message}");
                return ExitCodes.InvalidData;
            }
            catch (AnalysisException ex)
            {
                await context.Error.WriteLineAsync($"error: {ex.Code}: {ex.Message}");
                return ExitCodes.InvalidData;
            }
            catch (ExportException ex)
            {
                // A malformed option value is a usage error like any other (2); an unknown node is a refused request (1).
                await context.Error.WriteLineAsync($"error: {ex.Code}: {ex.Message}");
                return ex.Code == ExportCodes.InvalidParameter ? ExitCodes.Failed : ExitCodes.InvalidData;
            }
            catch (OperationCanceledException)
            {
                await context.Error.WriteLineAsync("cancelled");
                return ExitCodes.Cancelled;
            }
            catch (GraphStoreException ex)
            {
                await context.Error.WriteLineAsync($"error: store: {ex.Message}");
                return ExitCodes.Failed;
            }
            catch (Exception ex)
            {
                await context.Error.WriteLineAsync($"error: {ex.Message}");
                return ExitCodes.Failed;
            }
        });
}
