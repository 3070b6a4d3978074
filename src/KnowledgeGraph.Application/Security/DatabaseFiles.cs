using System.Globalization;
using System.Security.Cryptography;

namespace KnowledgeGraph.Application.Security;

/// <summary>File chores of backup and restore: temp names beside a target, fsync, and clean-up of SQLite's side files.</summary>
internal static class DatabaseFiles
{
    public static readonly string[] SideFileSuffixes = ["-wal", "-shm", "-journal"];

    /// <summary>A fresh name in the same folder as <paramref name="target"/>, so that the final rename stays on one file system (atomic).</summary>
    public static string TempBeside(string target)
    {
        var directory = Path.GetDirectoryName(target) ?? ".";
        Directory.CreateDirectory(directory);
        var random = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        return Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $".{Path.GetFileName(target)}.{random}.tmp"));
    }

    /// <summary>Forces the file's bytes to disk (fsync) before it is renamed into place.</summary>
    public static void FlushToDisk(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        stream.Flush(flushToDisk: true);
    }

    public static void DeleteWithSideFiles(string path)
    {
        foreach (var file in SideFileSuffixes.Select(s => path + s).Prepend(path))
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // Best effort: a temp file that cannot be removed now is harmless.
            }
        }
    }

    /// <summary>True when a non-empty write-ahead log sits beside the file: the file alone is not the whole database.</summary>
    public static bool HasLiveWal(string path) => new FileInfo(path + "-wal") is { Exists: true, Length: > 0 };
}
