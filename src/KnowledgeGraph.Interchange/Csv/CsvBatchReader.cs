using nietras.SeparatedValues;

namespace KnowledgeGraph.Interchange.Csv;

/// <summary>
/// Reads the rows of one CSV file into batches of type <typeparamref name="TBatch"/>. Rows are read synchronously
/// (a Sep row cannot cross an await); the caller awaits the store between batches.
/// </summary>
internal abstract class CsvBatchReader<TBatch> : IDisposable
{
    private readonly SepReader _reader;
    private readonly FileStream _stream;

    protected CsvBatchReader(CsvFile file, string[] columns, int required)
    {
        File = file;
        (_reader, _stream) = file.Open();
        try
        {
            TotalBytes = _stream.Length;
            Columns = CsvGraphImporter.ReadHeader(_reader, file, columns, required);
            HeaderCount = _reader.Header.ColNames.Count;
            HeaderText = string.Join(",", _reader.Header.ColNames);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public long Rows { get; private set; }

    public long BytesRead => _stream.Position;

    public long TotalBytes { get; }

    protected CsvFile File { get; }

    /// <summary>Index of each known column in the file, -1 when absent.</summary>
    protected int[] Columns { get; }

    private int HeaderCount { get; }

    private string HeaderText { get; }

    /// <summary>An empty batch for up to <paramref name="size"/> rows.</summary>
    public abstract TBatch NewBatch(int size);

    /// <summary>Adds up to <paramref name="size"/> rows to <paramref name="batch"/>; false when the file had no more rows.</summary>
    public bool Fill(TBatch batch, int size)
    {
        var added = 0;
        while (added < size && _reader.MoveNext())
        {
            var row = _reader.Current;
            var line = row.LineNumberFrom;
            if (row.ColCount != HeaderCount)
            {
                throw new InterchangeException(File.Display, line, $"expected {HeaderCount} columns ({HeaderText}), got {row.ColCount}");
            }

            Read(row, line, batch);
            added++;
            Rows++;
        }

        return added > 0;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }

    /// <summary>Checks the row and adds it to <paramref name="batch"/>; a bad row throws <see cref="InterchangeException"/> with its line.</summary>
    protected abstract void Read(SepReader.Row row, int line, TBatch batch);
}
