using nietras.SeparatedValues;

namespace KnowledgeGraph.Interchange.Csv;

/// <summary>
/// Reads the rows of one CSV file into batches of <typeparamref name="T"/>. Rows are turned into items synchronously
/// (a Sep row cannot cross an await); the caller awaits the store between batches.
/// </summary>
internal abstract class CsvBatchReader<T> : IDisposable
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

    /// <summary>Adds up to <paramref name="size"/> rows to <paramref name="batch"/>; false when the file had no more rows.</summary>
    public bool Fill(List<T> batch, int size)
    {
        while (batch.Count < size && _reader.MoveNext())
        {
            var row = _reader.Current;
            var line = row.LineNumberFrom;
            if (row.ColCount != HeaderCount)
            {
                throw new InterchangeException(File.Display, line, $"expected {HeaderCount} columns ({HeaderText}), got {row.ColCount}");
            }

            batch.Add(Read(row, line));
            Rows++;
        }

        return batch.Count > 0;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _stream.Dispose();
    }

    protected abstract T Read(SepReader.Row row, int line);
}
