namespace KnowledgeGraph.Tests.Shared;

/// <summary>
/// A fresh folder under the system temp folder, deleted on dispose (best effort: SQLite or a child process may still
/// hold a file for a moment). Linked into the test projects that need one (tests/Shared is not a project).
/// </summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = Directory.CreateTempSubdirectory("kg-tests-").FullName;
    }

    public string Path { get; }

    /// <summary>The full path of <paramref name="parts"/> inside this folder (nothing is created).</summary>
    public string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Writes <paramref name="text"/> (with \n line endings) to <paramref name="relative"/>, creating its folders.</summary>
    public string Write(string relative, string text)
    {
        var full = File(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, text.ReplaceLineEndings("\n"));
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }
    }
}
