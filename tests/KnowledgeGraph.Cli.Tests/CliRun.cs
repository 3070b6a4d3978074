using System.Text;
using KnowledgeGraph.Cli;
using KnowledgeGraph.Cli.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>The result of one in-process <c>kg</c> run: exit code, stdout text, raw stdout bytes (exports) and stderr.</summary>
public sealed record CliRun(int ExitCode, string Out, byte[] StdoutBytes, string Error)
{
    /// <summary>Runs <c>kg</c> with <paramref name="args"/> over captured streams; configuration comes only from <paramref name="settings"/>.</summary>
    public static async Task<CliRun> RunAsync(string[] args, IDictionary<string, string?>? settings = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var stdout = new MemoryStream();
        var context = new CliContext
        {
            Out = output,
            Error = error,
            OpenStandardOutput = () => new KeepOpenStream(stdout),
            Configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build(),
            Interactive = false,
        };

        var exitCode = await KgRootCommand.RunAsync(context, args);
        return new CliRun(exitCode, output.ToString(), stdout.ToArray(), error.ToString());
    }

    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string StdoutText => Encoding.UTF8.GetString(StdoutBytes);

    // The command disposes the stdout stream it opened; the test still needs to read the bytes afterwards.
    private sealed class KeepOpenStream(MemoryStream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
