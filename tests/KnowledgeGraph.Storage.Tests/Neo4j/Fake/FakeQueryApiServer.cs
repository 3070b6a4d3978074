using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j.TypedJson;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Fake;

/// <summary>
/// An in-process stand-in for Neo4j's HTTP Query API on a real loopback port (HttpListener on 127.0.0.1): discovery
/// (<c>GET /</c>), implicit requests, explicit transactions (begin, run, commit, DELETE rollback, cluster-affinity
/// header, idle expiry), Basic/bearer auth, bookmarks, typed JSON both ways, the documented error shapes, and scripted
/// faults. It records every request. Statements are executed by <see cref="FakeCypherInterpreter"/>, which knows only
/// the store's own statement templates: the fake checks protocol and parameterisation, not Cypher semantics.
/// </summary>
internal sealed class FakeQueryApiServer : IAsyncDisposable
{
    public const string MediaType = "application/vnd.neo4j.query";

    private readonly HttpListener _listener;
    private readonly FakeCypherInterpreter _interpreter = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly Dictionary<string, FakeTransaction> _transactions = new(StringComparer.Ordinal);
    private readonly List<FakeFault> _faults = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private FakeGraphState _committed = new();
    private long _bookmark;

    public FakeQueryApiServer(string version = "5.26.0", string user = "neo4j", string password = "fake-password", string? token = null)
    {
        Version = version;
        User = user;
        Password = password;
        Token = token;
        for (var attempt = 0; ; attempt++)
        {
            var port = TestPorts.Candidate();
            var listener = new HttpListener();
            try
            {
                listener.Prefixes.Add($"http://127.0.0.1:{port}/");
                listener.Start();
                _listener = listener;
                Uri = new Uri($"http://127.0.0.1:{port}/");
                break;
            }
            catch (HttpListenerException) when (attempt < 50)
            {
                // Taken by another test's listener: a listener that failed to start is not reusable, so try another
                // port with a new one.
                listener.Close();
            }
        }

        _loop = Task.Run(LoopAsync);
    }

    public Uri Uri { get; } = null!;

    public string Version { get; set; }

    public string User { get; }

    public string Password { get; }

    public string? Token { get; }

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Statements in the order received (implicit and in transactions).</summary>
    public IReadOnlyList<RecordedRequest> Statements => [.. _requests.Where(r => r.Statement is not null)];

    public IReadOnlyCollection<string> KnownStatements => _interpreter.FixedStatements;

    public int OpenTransactions
    {
        get
        {
            _gate.Wait();
            try
            {
                return _transactions.Count;
            }
            finally
            {
                _gate.Release();
            }
        }
    }

    public void ClearRequests() => _requests.Clear();

    public void AddFault(FakeFault fault)
    {
        lock (_faults)
        {
            _faults.Add(fault);
        }
    }

    /// <summary>Forgets every open transaction, as Neo4j does after its idle time-out.</summary>
    public void ExpireTransactions()
    {
        _gate.Wait();
        try
        {
            _transactions.Clear();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
        }

        _listener.Close();
        _stop.Dispose();
        _gate.Dispose();
    }

    private static void WriteJson(Utf8JsonWriter writer, FakeResult result, string? transactionId, IReadOnlyList<string> bookmarks)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("data");
        writer.WriteStartArray("fields");
        foreach (var f in result.Fields)
        {
            writer.WriteStringValue(f);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("values");
        foreach (var row in result.Rows)
        {
            writer.WriteStartArray();
            foreach (var value in row)
            {
                TypedJsonCodec.Write(writer, value);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartArray("bookmarks");
        foreach (var b in bookmarks)
        {
            writer.WriteStringValue(b);
        }

        writer.WriteEndArray();
        if (transactionId is not null)
        {
            writer.WriteStartObject("transaction");
            writer.WriteString("id", transactionId);
            writer.WriteString("expires", DateTimeOffset.UtcNow.AddSeconds(60).ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var (status, body, headers) = await AnswerAsync(context.Request);
            response.StatusCode = (int)status;
            foreach (var (name, value) in headers)
            {
                response.Headers[name] = value;
            }

            response.ContentType = body.StartsWith('{') && context.Request.Url!.AbsolutePath != "/" ? MediaType : "application/json";
            var bytes = Encoding.UTF8.GetBytes(body);
            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes);
        }
        catch (Exception e)
        {
            response.StatusCode = 500;
            var bytes = Encoding.UTF8.GetBytes(ErrorBody("Neo.DatabaseError.General.UnknownError", "fake crashed: " + e.Message));
            await response.OutputStream.WriteAsync(bytes);
        }
        finally
        {
            response.Close();
        }
    }

    private async Task<(HttpStatusCode Status, string Body, IReadOnlyList<(string, string)> Headers)> AnswerAsync(HttpListenerRequest request)
    {
        string raw;
        using (var reader = new StreamReader(request.InputStream, Encoding.UTF8))
        {
            raw = await reader.ReadToEndAsync();
        }

        var path = request.Url!.AbsolutePath;
        string? statement = null;
        string? accessMode = null;
        var parameters = new Dictionary<string, object?>();
        var bookmarks = new List<string>();
        if (raw.Length > 0)
        {
            using var doc = JsonDocument.Parse(raw);
            var root = doc.RootElement;
            statement = root.TryGetProperty("statement", out var s) ? s.GetString() : null;
            accessMode = root.TryGetProperty("accessMode", out var a) ? a.GetString() : null;
            if (root.TryGetProperty("parameters", out var p))
            {
                parameters = TypedJsonCodec.ReadMap(p);
            }

            if (root.TryGetProperty("bookmarks", out var b))
            {
                bookmarks.AddRange(b.EnumerateArray().Select(x => x.GetString()!));
            }
        }

        var recorded = new RecordedRequest(
            request.HttpMethod,
            path,
            statement,
            parameters,
            accessMode,
            bookmarks,
            request.Headers["neo4j-cluster-affinity"],
            request.Headers["Authorization"],
            request.ContentType,
            raw);
        _requests.Enqueue(recorded);

        if (path == "/" && request.HttpMethod == "GET")
        {
            var discovery = JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["bolt_routing"] = "neo4j://127.0.0.1:7687",
                ["query"] = $"{Uri.AbsoluteUri.TrimEnd('/')}/db/{{databaseName}}/query/v2",
                ["transaction"] = $"{Uri.AbsoluteUri.TrimEnd('/')}/db/{{databaseName}}/tx",
                ["bolt_direct"] = "bolt://127.0.0.1:7687",
                ["neo4j_version"] = Version,
                ["neo4j_edition"] = "community",
            });
            return (HttpStatusCode.OK, discovery, []);
        }

        if (TakeFault(recorded) is { } fault)
        {
            // Like Neo4j, an error inside an explicit transaction closes it.
            var txSegment = path.Split("/tx/");
            if (txSegment.Length == 2)
            {
                await _gate.WaitAsync();
                _transactions.Remove(txSegment[1].Split('/')[0]);
                _gate.Release();
            }

            return (fault.Status, fault.ErrorCode is null ? "<html>busy</html>" : ErrorBody(fault.ErrorCode, fault.Message), []);
        }

        if (!Authorised(request.Headers["Authorization"]))
        {
            return (HttpStatusCode.Unauthorized, ErrorBody("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."), []);
        }

        if (request.HttpMethod == "POST" && !string.Equals(request.ContentType?.Split(';')[0].Trim(), MediaType, StringComparison.Ordinal))
        {
            return (HttpStatusCode.UnsupportedMediaType, ErrorBody("Neo.ClientError.Request.Invalid", $"Unsupported Content-Type {request.ContentType}"), []);
        }

        var segments = path.Trim('/').Split('/');
        if (segments.Length < 4 || segments[0] != "db" || segments[2] != "query" || segments[3] != "v2")
        {
            return (HttpStatusCode.NotFound, ErrorBody("Neo.ClientError.Request.Invalid", $"No such endpoint {path}"), []);
        }

        await _gate.WaitAsync();
        try
        {
            return Dispatch(request.HttpMethod, segments[4..], statement, accessMode, parameters, recorded.ClusterAffinity);
        }
        finally
        {
            _gate.Release();
        }
    }

    private (HttpStatusCode, string, IReadOnlyList<(string, string)>) Dispatch(
        string method, string[] rest, string? statement, string? accessMode, Dictionary<string, object?> parameters, string? affinity)
    {
        try
        {
            if (rest.Length == 0 && method == "POST")
            {
                if (statement is null)
                {
                    throw new FakeCypherException("Neo.ClientError.Request.Invalid", "statement is required");
                }

                if (!_interpreter.IsWrite(statement))
                {
                    return (HttpStatusCode.Accepted, Json(_interpreter.Execute(statement, parameters, _committed), null, [CurrentBookmark()]), []);
                }

                if (accessMode == "Read")
                {
                    throw new FakeCypherException("Neo.ClientError.Statement.AccessMode", "Writing in read access mode not allowed.");
                }

                var working = _committed.Clone();
                var result = _interpreter.Execute(statement, parameters, working);
                _committed = working;
                return (HttpStatusCode.Accepted, Json(result, null, [NextBookmark()]), []);
            }

            if (rest is ["tx"] && method == "POST")
            {
                var tx = new FakeTransaction(Guid.NewGuid().ToString("N")[..8], $"fake-member-{Guid.NewGuid():N}", _committed.Clone());
                _transactions[tx.Id] = tx;
                var result = statement is null ? FakeResult.None : Run(tx, statement, parameters);
                return (HttpStatusCode.Accepted, Json(result, tx.Id, []), [("neo4j-cluster-affinity", tx.Affinity)]);
            }

            if (rest.Length >= 2 && rest[0] == "tx")
            {
                if (!_transactions.TryGetValue(rest[1], out var tx))
                {
                    return (HttpStatusCode.NotFound, ErrorBody("Neo.ClientError.Request.Invalid", $"Transaction with Id: \"{rest[1]}\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided."), []);
                }

                if (!string.Equals(affinity, tx.Affinity, StringComparison.Ordinal))
                {
                    _transactions.Remove(tx.Id);
                    return (HttpStatusCode.BadRequest, ErrorBody("Neo.ClientError.Request.Invalid", "The neo4j-cluster-affinity header was not echoed."), []);
                }

                if (rest.Length == 2 && method == "DELETE")
                {
                    _transactions.Remove(tx.Id);
                    return (HttpStatusCode.OK, Json(FakeResult.None, null, []), []);
                }

                if (rest.Length == 2 && method == "POST")
                {
                    var result = statement is null ? FakeResult.None : Run(tx, statement, parameters);
                    return (HttpStatusCode.Accepted, Json(result, tx.Id, []), []);
                }

                if (rest is [_, _, "commit"] && method == "POST")
                {
                    var result = statement is null ? FakeResult.None : Run(tx, statement, parameters);
                    _transactions.Remove(tx.Id);
                    _committed = tx.State;
                    return (HttpStatusCode.OK, Json(result, null, [NextBookmark()]), []);
                }
            }

            return (HttpStatusCode.NotFound, ErrorBody("Neo.ClientError.Request.Invalid", "No such endpoint"), []);
        }
        catch (FakeCypherException e)
        {
            return (HttpStatusCode.BadRequest, ErrorBody(e.Code, e.Message), []);
        }
    }

    private FakeResult Run(FakeTransaction tx, string statement, Dictionary<string, object?> parameters)
    {
        try
        {
            return _interpreter.Execute(statement, parameters, tx.State);
        }
        catch (FakeCypherException)
        {
            // Like Neo4j: an error in an explicit transaction rolls it back and forgets it.
            _transactions.Remove(tx.Id);
            throw;
        }
    }

    private FakeFault? TakeFault(RecordedRequest request)
    {
        lock (_faults)
        {
            var fault = _faults.FirstOrDefault(f => f.Matches(request));
            if (fault is not null)
            {
                _faults.Remove(fault);
            }

            return fault;
        }
    }

    private bool Authorised(string? header)
    {
        if (header is null)
        {
            return false;
        }

        if (Token is not null)
        {
            return header == "Bearer " + Token;
        }

        return header == "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}"));
    }

    private string CurrentBookmark() => "FB:fake-" + Interlocked.Read(ref _bookmark).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The bookmark a client sent last (tests check read-your-writes).</summary>
    public string LatestBookmark => CurrentBookmark();

    private string NextBookmark() => "FB:fake-" + Interlocked.Increment(ref _bookmark).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Json(FakeResult result, string? transactionId, IReadOnlyList<string> bookmarks)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteJson(writer, result, transactionId, bookmarks);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string ErrorBody(string code, string message) =>
        JsonSerializer.Serialize(new { errors = new[] { new { code, message } } });

    private sealed record FakeTransaction(string Id, string Affinity, FakeGraphState State);
}
