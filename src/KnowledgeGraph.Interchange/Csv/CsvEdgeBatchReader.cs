using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Core.Validation;
using nietras.SeparatedValues;

namespace KnowledgeGraph.Interchange.Csv;

/// <summary>
/// Rows <c>src,dst[,weight]</c> as an <see cref="EdgeBatch"/> of one type between nodes of the nodes file; an empty
/// weight is left out. Every row is checked as <see cref="GraphValidator"/> would check its relationship, without
/// building one per row: all rows share type, kinds, provenance and dates, so the validator sees the first row with a
/// weight and the first without (it rejects what would be wrong for all of them), and each row's own parts (its ends
/// and its weight's value) are checked here. A row with an unknown end is handed to the validator for the message.
/// </summary>
internal sealed class CsvEdgeBatchReader(CsvFile file, RelationshipType type, NodeKind kind, NodeIdTable ids)
    : CsvBatchReader<EdgeBatch>(file, CsvGraphImporter.Columns(edges: true), required: 2)
{
    private readonly Provenance _provenance = new([], $"imported from {file.FileName}");
    private bool _checkedWithWeight;
    private bool _checkedWithoutWeight;

    // The previous row's source: edge lists are usually grouped by source, so most rows skip one lookup.
    private readonly char[] _lastFromText = new char[64];
    private int _lastFromLength = -1;
    private int _lastFrom;

    public override EdgeBatch NewBatch(int size) => new(type, _provenance, ids, size);

    protected override void Read(SepReader.Row row, int line, EdgeBatch batch)
    {
        var fromText = row[Columns[0]].Span;
        var toText = row[Columns[1]].Span;
        if (!TryGetSource(fromText, out var from) | !ids.TryGetPosition(toText, out var to))
        {
            // The validator names the unknown end; an end missing from the ids is always one it reports.
            throw (Exception?)Problem(batch.RelationshipBetween(fromText.ToString(), toText.ToString()), line)
                ?? new InvalidOperationException($"{File.Display}:{line}: an unknown end the validator did not report");
        }

        var weight = double.NaN;
        if (Columns[2] >= 0 && row[Columns[2]].Span is { IsEmpty: false } text && !CsvGraphImporter.TryParseWeight(text, out weight))
        {
            throw new InterchangeException(File.Display, line, $"weight '{text}' is not a finite number");
        }

        batch.Add(from, to, weight);
        ref var isChecked = ref double.IsNaN(weight) ? ref _checkedWithoutWeight : ref _checkedWithWeight;
        if (!isChecked)
        {
            if (Problem(batch.ToRelationship(batch.Count - 1), line) is { } problem)
            {
                throw problem;
            }

            isChecked = true;
        }
    }

    private bool TryGetSource(ReadOnlySpan<char> text, out int position)
    {
        if (text.Length == _lastFromLength && text.SequenceEqual(_lastFromText.AsSpan(0, _lastFromLength)))
        {
            position = _lastFrom;
            return true;
        }

        if (!ids.TryGetPosition(text, out position))
        {
            return false;
        }

        if (text.Length <= _lastFromText.Length)
        {
            text.CopyTo(_lastFromText);
            _lastFromLength = text.Length;
            _lastFrom = position;
        }

        return true;
    }

    /// <summary>The validator's first problem with <paramref name="relationship"/> as an error at <paramref name="line"/>, or null.</summary>
    private InterchangeException? Problem(Relationship relationship, int line) =>
        GraphValidator.ValidateRelationship(relationship, id => ids.Contains(id) ? kind : null, ValidationOptions.Import).FirstOrDefault() is { } problem
            ? new InterchangeException(File.Display, line, problem.Message)
            : null;
}
