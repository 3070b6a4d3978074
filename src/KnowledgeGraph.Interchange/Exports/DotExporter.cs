using System.Text;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Queries;

namespace KnowledgeGraph.Interchange.Exports;

/// <summary>
/// Graphviz DOT: a digraph with every id and value quoted; nodes are labelled with their names and edges with their
/// relationship types; every column is a node or edge attribute (renamed with <see cref="DotSyntax.DataPrefix"/> when
/// Graphviz already uses the name).
/// </summary>
internal sealed class DotExporter : GraphExporter
{
    public override ExportFormat Format => ExportFormat.Dot;

    public override string ContentType => "text/vnd.graphviz";

    public override string FileExtension => "dot";

    protected override async Task WriteModelAsync(ExportModel model, Stream output, CancellationToken cancellationToken)
    {
        var nodeNames = model.NodeColumns.Select(c => DotSyntax.AttributeName(c.Name)).ToList();
        var edgeNames = model.EdgeColumns.Select(c => DotSyntax.AttributeName(c.Name)).ToList();
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        writer.NewLine = "\n";

        await writer.WriteLineAsync("digraph \"KnowledgeGraph\" {");
        await writer.WriteLineAsync("  graph [charset=\"UTF-8\", rankdir=\"LR\"];");
        await writer.WriteLineAsync("  node [shape=\"box\", style=\"rounded\"];");

        var line = new StringBuilder();
        foreach (var node in model.Nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            line.Clear().Append("  ").Append(DotSyntax.Quote(node.Id)).Append(" [label=").Append(DotSyntax.Quote(node.Name));
            for (var i = 0; i < model.NodeColumns.Count; i++)
            {
                AppendAttribute(line, nodeNames[i], model.NodeColumns[i].ValueOf(node));
            }

            await writer.WriteLineAsync(line.Append("];"), cancellationToken);
        }

        foreach (var relationship in model.Relationships)
        {
            cancellationToken.ThrowIfCancellationRequested();
            line.Clear().Append("  ").Append(DotSyntax.Quote(relationship.From)).Append(" -> ").Append(DotSyntax.Quote(relationship.To))
                .Append(" [id=").Append(DotSyntax.Quote(relationship.Id))
                .Append(", label=").Append(DotSyntax.Quote(relationship.Type.ToWireName()));
            for (var i = 0; i < model.EdgeColumns.Count; i++)
            {
                AppendAttribute(line, edgeNames[i], model.EdgeColumns[i].ValueOf(relationship));
            }

            await writer.WriteLineAsync(line.Append("];"), cancellationToken);
        }

        await writer.WriteLineAsync("}");
        await writer.FlushAsync(cancellationToken);
    }

    private static void AppendAttribute(StringBuilder line, string name, object? value)
    {
        if (value is not null)
        {
            line.Append(", ").Append(DotSyntax.Quote(name)).Append('=').Append(DotSyntax.Quote(ExportValues.ToText(value)));
        }
    }
}
