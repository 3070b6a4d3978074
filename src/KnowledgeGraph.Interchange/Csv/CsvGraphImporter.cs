using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Schema;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Core.Validation;
using nietras.SeparatedValues;

namespace KnowledgeGraph.Interchange.Csv;

/// <summary>
/// Streams a nodes CSV (<c>id[,name]</c>) and an edges CSV (<c>src,dst[,weight]</c>) into one import session, in
/// batches. Every row is checked with <see cref="GraphValidator"/> under <see cref="ValidationOptions.Import"/>; the
/// first bad row stops the import with <c>file:line: message</c> and nothing is committed.
/// </summary>
public static class CsvGraphImporter
{
    private static readonly string[] NodeColumns = ["id", "name"];
    private static readonly string[] EdgeColumns = ["src", "dst", "weight"];

    /// <summary>Batches read ahead of the store: reading one while the store writes another keeps both cores busy.</summary>
    private const int BatchesAhead = 2;

    /// <exception cref="InterchangeException">A header or row is bad, or the kinds cannot be joined by the type.</exception>
    public static async Task<CsvImportResult> ImportAsync(
        IGraphStore store, CsvImportOptions options, Action<CsvImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        CheckSchemaFits(options);
        var nodesFile = new CsvFile(options.NodesPath, options.NodesDisplayPath ?? options.NodesPath);
        var edgesFile = new CsvFile(options.EdgesPath, options.EdgesDisplayPath ?? options.EdgesPath);

        await using var session = await store.BeginImportAsync(cancellationToken);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var batches = Channel.CreateBounded<CsvBatch>(new BoundedChannelOptions(BatchesAhead) { SingleReader = true, SingleWriter = true });
        var timings = new CsvImportTimings();
        var reading = Task.Run(() => Read(nodesFile, edgesFile, options, batches.Writer, timings, stop.Token), CancellationToken.None);
        var stored = Stopwatch.StartNew();
        stored.Stop();
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
            {
                stored.Start();
                if (batch.Nodes is { } nodes)
                {
                    await session.AddNodesAsync(nodes, cancellationToken);
                }
                else
                {
                    await session.AddEdgesAsync(batch.Edges!, cancellationToken);
                }

                stored.Stop();
                progress?.Invoke(batch.Progress);
            }
        }
        catch
        {
            await stop.CancelAsync();
            await Task.WhenAny(reading);
            _ = reading.Exception; // the reader stopped because of this failure (or failed first with it)
            throw;
        }

        var (nodeRows, edgeRows, edgeBytes) = await reading;
        timings.Store = stored.Elapsed;
        progress?.Invoke(new CsvImportProgress(CsvImportPhase.Committing, nodeRows + edgeRows, edgeBytes, edgeBytes));
        var commit = Stopwatch.StartNew();
        var write = await session.CommitAsync(cancellationToken);
        timings.Commit = commit.Elapsed;
        return new CsvImportResult(nodeRows, edgeRows, write) { Timings = timings };
    }

    /// <summary>Reads and checks both files into batches on its own thread; a bad row fails the channel, and so the import.</summary>
    private static async Task<(long NodeRows, long EdgeRows, long EdgeBytes)> Read(
        CsvFile nodesFile, CsvFile edgesFile, CsvImportOptions options, ChannelWriter<CsvBatch> batches, CsvImportTimings timings, CancellationToken cancellationToken)
    {
        var clock = new Stopwatch();
        try
        {
            var ids = new NodeIdTable();
            long nodeRows;
            using (var nodes = new CsvNodeBatchReader(nodesFile, options.NodeKind, ids))
            {
                nodeRows = await PumpAsync(nodes, CsvImportPhase.Nodes, (batch, progress) => new CsvBatch(batch, null, progress), options, batches, clock, cancellationToken);
            }

            long edgeRows;
            long edgeBytes;
            using (var edges = new CsvEdgeBatchReader(edgesFile, options.RelationshipType, options.NodeKind, ids))
            {
                edgeRows = await PumpAsync(edges, CsvImportPhase.Edges, (batch, progress) => new CsvBatch(null, batch, progress), options, batches, clock, cancellationToken);
                edgeBytes = edges.TotalBytes;
            }

            timings.Read = clock.Elapsed;
            batches.Complete();
            return (nodeRows, edgeRows, edgeBytes);
        }
        catch (Exception e)
        {
            batches.Complete(e);
            throw;
        }
    }

    /// <summary>Queues batches from <paramref name="reader"/> until it runs dry, timing only the reading; returns its row count.</summary>
    private static async Task<long> PumpAsync<TBatch>(
        CsvBatchReader<TBatch> reader,
        CsvImportPhase phase,
        Func<TBatch, CsvImportProgress, CsvBatch> toBatch,
        CsvImportOptions options,
        ChannelWriter<CsvBatch> batches,
        Stopwatch clock,
        CancellationToken cancellationToken)
    {
        while (true)
        {
            clock.Start();
            var batch = reader.NewBatch(options.BatchSize);
            var more = reader.Fill(batch, options.BatchSize);
            clock.Stop();
            if (!more)
            {
                return reader.Rows;
            }

            await batches.WriteAsync(toBatch(batch, new CsvImportProgress(phase, reader.Rows, reader.BytesRead, reader.TotalBytes)), cancellationToken);
        }
    }

    /// <summary>Rejects a kind/type pair that no row could satisfy, before reading a single row.</summary>
    private static void CheckSchemaFits(CsvImportOptions options)
    {
        var spec = DomainSchema.Relationships[options.RelationshipType];
        var wire = options.RelationshipType.ToWireName();
        if (!spec.Allows(options.NodeKind, options.NodeKind))
        {
            throw new InterchangeException($"{wire} does not allow {options.NodeKind} -> {options.NodeKind}; choose another --node-kind or --rel-type");
        }

        if (DomainSchema.NodeProperties[options.NodeKind].FirstOrDefault(p => p.Required) is { } nodeProperty)
        {
            throw new InterchangeException($"{options.NodeKind} nodes need the property '{nodeProperty.Name}', which a CSV import cannot give; choose another --node-kind");
        }

        if (spec.Properties.FirstOrDefault(p => p.Required) is { } relationshipProperty)
        {
            throw new InterchangeException($"{wire} needs the property '{relationshipProperty.Name}', which a CSV import cannot give; choose another --rel-type");
        }
    }

    internal static int[] ReadHeader(SepReader reader, CsvFile file, string[] columns, int required)
    {
        var names = reader.Header.ColNames;
        var indexes = new int[columns.Length];
        Array.Fill(indexes, -1);
        var expected = $"{string.Join(",", columns[..required])}{(columns.Length > required ? "[," + string.Join(",", columns[required..]) + "]" : string.Empty)}";
        if (names.Count == 0)
        {
            throw new InterchangeException(file.Display, 1, $"empty file: expected the header {expected}");
        }

        for (var i = 0; i < names.Count; i++)
        {
            var at = Array.IndexOf(columns, names[i].Trim());
            if (at < 0 || indexes[at] >= 0)
            {
                throw new InterchangeException(file.Display, 1, $"unexpected column '{names[i]}' in the header (expected {expected})");
            }

            indexes[at] = i;
        }

        for (var i = 0; i < required; i++)
        {
            if (indexes[i] < 0)
            {
                throw new InterchangeException(file.Display, 1, $"the header has no '{columns[i]}' column (expected {expected})");
            }
        }

        return indexes;
    }

    internal static string[] Columns(bool edges) => edges ? EdgeColumns : NodeColumns;

    internal static bool TryParseWeight(ReadOnlySpan<char> text, out double weight) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out weight) && double.IsFinite(weight);
}
