using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Validation;
using nietras.SeparatedValues;

namespace KnowledgeGraph.Interchange.Csv;

/// <summary>Rows <c>src,dst[,weight]</c> as relationships of one type between nodes of the nodes file; an empty weight is left out.</summary>
internal sealed class CsvEdgeBatchReader(CsvFile file, RelationshipType type, Func<string, NodeKind?> kindOf)
    : CsvBatchReader<Relationship>(file, CsvGraphImporter.Columns(edges: true), required: 2)
{
    private const string WeightProperty = "weight";

    private readonly Provenance _provenance = new([], $"imported from {file.FileName}");

    protected override Relationship Read(SepReader.Row row, int line)
    {
        var from = row[Columns[0]].ToString();
        var to = row[Columns[1]].ToString();
        IReadOnlyDictionary<string, object>? properties = null;
        if (Columns[2] >= 0 && row[Columns[2]].Span is { IsEmpty: false } text)
        {
            if (!CsvGraphImporter.TryParseWeight(text, out var weight))
            {
                throw new InterchangeException(File.Display, line, $"weight '{text}' is not a finite number");
            }

            properties = new Dictionary<string, object>(1, StringComparer.Ordinal) { [WeightProperty] = weight };
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

        if (GraphValidator.ValidateRelationship(relationship, kindOf, ValidationOptions.Import).FirstOrDefault() is { } problem)
        {
            throw new InterchangeException(File.Display, line, problem.Message);
        }

        return relationship;
    }
}
