using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Validation;
using nietras.SeparatedValues;

namespace KnowledgeGraph.Interchange.Csv;

/// <summary>
/// Rows <c>id[,name]</c> as nodes of one kind; a missing or empty name falls back to the id. Rows differ only in id and
/// name, so <see cref="GraphValidator"/> sees the first row (and any row whose id is not a valid node id, for the
/// message) and the other rows have their id checked with <see cref="NodeIds"/>, the rule the validator applies.
/// </summary>
internal sealed class CsvNodeBatchReader(CsvFile file, NodeKind kind, NodeIdTable ids)
    : CsvBatchReader<List<Node>>(file, CsvGraphImporter.Columns(edges: false), required: 1)
{
    private readonly Provenance _provenance = new([], $"imported from {file.FileName}");
    private bool _checked;

    public override List<Node> NewBatch(int size) => new(size);

    protected override void Read(SepReader.Row row, int line, List<Node> batch)
    {
        var id = row[Columns[0]].ToString();
        var name = Columns[1] >= 0 ? row[Columns[1]].ToString() : string.Empty;
        var node = new Node
        {
            Id = id,
            Kind = kind,
            Name = string.IsNullOrWhiteSpace(name) ? id : name,
            Provenance = _provenance,
        };

        if ((!_checked || !NodeIds.IsValid(id)) && GraphValidator.ValidateNode(node, _ => null, ValidationOptions.Import).FirstOrDefault() is { } problem)
        {
            throw new InterchangeException(File.Display, line, problem.Message);
        }

        _checked = true;

        if (!ids.Add(id))
        {
            throw new InterchangeException(File.Display, line, $"duplicate node id '{id}'");
        }

        batch.Add(node);
    }
}
