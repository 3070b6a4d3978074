using nietras.SeparatedValues;

namespace KnowledgeGraph.Interchange.Csv;

/// <summary>A CSV file to read and the name to show for it; opens a Sep reader that leaves column counts to the caller.</summary>
internal sealed record CsvFile(string Path, string Display)
{
    public string FileName => System.IO.Path.GetFileName(Path);

    public (SepReader Reader, FileStream Stream) Open()
    {
        FileStream stream;
        try
        {
            stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InterchangeException($"{Display}: cannot open: {ex.Message}", ex);
        }

        try
        {
            var reader = Sep.New(',').Reader(o => o with { HasHeader = true, DisableColCountCheck = true, Unescape = true }).From(stream);
            return (reader, stream);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }
}
