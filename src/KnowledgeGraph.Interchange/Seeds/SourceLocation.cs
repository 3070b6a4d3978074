using YamlDotNet.Core;

namespace KnowledgeGraph.Interchange.Seeds;

/// <summary>A place in a seed file (1-based line and column).</summary>
internal readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation At(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column);
}
