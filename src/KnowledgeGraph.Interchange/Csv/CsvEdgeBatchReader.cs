using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Validation;
using nietras.SeparatedValues;

namespace KnowledgeGraph.Interchange.Csv;

/// <summary>
/// Rows <c>src,dst[,weight]</c> as relationships of one type between nodes of the nodes file; an empty weight is left out.
/// The ends are looked up in the node ids without allocating and share the ids' strings.
/// </summary>
internal sealed class CsvEdgeBatchReader(CsvFile file, RelationshipType type, NodeKind kind, HashSet<string> ids)
    : CsvBatchReader<Relationship>(file, CsvGraphImporter.Columns(edges: true), required: 2)
{
    private readonly Provenance _provenance = new([], $"imported from {file.FileName}");
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _ids = ids.GetAlternateLookup<ReadOnlySpan<char>>();

    // The ends of the row being read when they are known nodes: validation asks for their kinds again.
    private string? _knownFrom;
    private string? _knownTo;

    protected override Relationship Read(SepReader.Row row, int line)
    {
        var from = End(row[Columns[0]].Span, out _knownFrom);
        var to = End(row[Columns[1]].Span, out _knownTo);
        IReadOnlyDictionary<string, object>? properties = null;
        if (Columns[2] >= 0 && row[Columns[2]].Span is { IsEmpty: false } text)
        {
            if (!CsvGraphImporter.TryParseWeight(text, out var weight))
            {
                throw new InterchangeException(File.Display, line, $"weight '{text}' is not a finite number");
            }

            properties = new WeightProperties(weight);
        }

        var relationship = new Relationship
        {
            Id = Relationship.DefaultId(from, type, to),
            Type = type,
            From = from,
            To = to,
            Provenance = _provenance,
        };
        if (properties is not null)
        {
            relationship = relationship with { Properties = properties };
        }

        if (GraphValidator.ValidateRelationship(relationship, KindOf, ValidationOptions.Import).FirstOrDefault() is { } problem)
        {
            throw new InterchangeException(File.Display, line, problem.Message);
        }

        return relationship;
    }

    /// <summary>The node id's own string when the end is a known node, else a new string (which validation then reports).</summary>
    private string End(ReadOnlySpan<char> text, out string? known)
    {
        known = _ids.TryGetValue(text, out var id) ? id : null;
        return known ?? text.ToString();
    }

    private NodeKind? KindOf(string id) =>
        ReferenceEquals(id, _knownFrom) || ReferenceEquals(id, _knownTo) || ids.Contains(id) ? kind : null;
}
