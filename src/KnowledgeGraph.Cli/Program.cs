using KnowledgeGraph.Cli;
using KnowledgeGraph.Cli.Infrastructure;

return await KgRootCommand.RunAsync(CliContext.FromConsole(), args);
