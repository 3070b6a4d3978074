using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.TypedJson;
using Polly.Timeout;

namespace KnowledgeGraph.Storage.Neo4j.Http;

/// <summary>
/// The HTTP side of the store: Neo4j's Query API with typed JSON. Implicit (auto-commit) requests for single statements,
/// explicit transactions for multi-statement writes, bookmarks for read-your-writes, and one error mapping
/// (the <c>errors</c> array is checked on every response, whatever the status).
/// </summary>
internal sealed class QueryApiClient
{
    public const string HttpClientName = "KnowledgeGraph.Neo4j";
    public const string ClusterAffinityHeader = "neo4j-cluster-affinity";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly Neo4jStoreOptions _options;
    private readonly Uri _baseUri;

    public QueryApiClient(IHttpClientFactory httpClientFactory, Neo4jStoreOptions options)
    {
        _httpClientFactory = httpClientFactory;
        _options = options;
        var uri = options.Uri ?? throw new InvalidOperationException("Storage:Neo4j:Uri is not set.");
        _baseUri = uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    public BookmarkHolder Bookmarks { get; } = new();

    private string QueryPath => $"db/{Uri.EscapeDataString(_options.Database)}/query/v2";

    /// <summary><c>GET /</c> without credentials: the server's version and whether the Query API is there.</summary>
    public async Task<ServerInfo> DiscoverAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _baseUri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Options.Set(TransientErrors.RetryableOption, true);
        var (status, body, _) = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (status != HttpStatusCode.OK)
        {
            throw new Neo4jQueryException(GraphStoreCodes.Unavailable, $"Neo4j discovery (GET {_baseUri}) answered HTTP {(int)status}.", status: status);
        }

        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            string? Text(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            return new ServerInfo(Text("neo4j_version") ?? "unknown", Text("neo4j_edition"), Text("query"));
        }
        catch (JsonException e)
        {
            throw new Neo4jQueryException(GraphStoreCodes.Unavailable, $"Neo4j discovery (GET {_baseUri}) did not answer JSON; is this a Neo4j HTTP port?", innerException: e);
        }
    }

    /// <summary>One statement in its own implicit transaction (<c>POST /db/{db}/query/v2</c>); retried on transient errors.</summary>
    public async Task<QueryResult> RunAsync(CypherStatement statement, AccessMode accessMode, CancellationToken cancellationToken)
    {
        using var request = Post(QueryPath, w =>
        {
            WriteStatement(w, statement);
            WriteBookmarks(w);
            w.WriteString("accessMode", accessMode.ToString());
        });
        request.Options.Set(TransientErrors.RetryableOption, true);
        var result = await ExecuteAsync(request, null, cancellationToken).ConfigureAwait(false);
        Bookmarks.Update(result.Bookmarks);
        return result;
    }

    /// <summary>Opens an explicit transaction (<c>POST /db/{db}/query/v2/tx</c>) after the bookmarks this store holds.</summary>
    public async Task<ExplicitTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        using var request = Post(QueryPath + "/tx", w =>
        {
            WriteBookmarks(w);
            w.WriteString("accessMode", nameof(AccessMode.Write));
        });
        request.Options.Set(TransientErrors.RetryableOption, true);
        var result = await ExecuteAsync(request, null, cancellationToken).ConfigureAwait(false);
        if (result.TransactionId is null)
        {
            throw new Neo4jQueryException(GraphStoreCodes.Unavailable, "Neo4j did not return a transaction id when asked to begin one.");
        }

        return new ExplicitTransaction(this, result.TransactionId, result.ClusterAffinity);
    }

    internal async Task<QueryResult> RunInTransactionAsync(ExplicitTransaction tx, CypherStatement statement, CancellationToken cancellationToken)
    {
        using var request = Post(TxPath(tx), w => WriteStatement(w, statement));
        AddAffinity(request, tx);
        return await ExecuteAsync(request, tx, cancellationToken).ConfigureAwait(false);
    }

    internal async Task<QueryResult> CommitAsync(ExplicitTransaction tx, CancellationToken cancellationToken)
    {
        using var request = Post(TxPath(tx) + "/commit", _ => { });
        AddAffinity(request, tx);
        var result = await ExecuteAsync(request, tx, cancellationToken).ConfigureAwait(false);
        Bookmarks.Update(result.Bookmarks);
        return result;
    }

    internal async Task RollbackAsync(ExplicitTransaction tx, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, new Uri(_baseUri, TxPath(tx)));
        PrepareQueryRequest(request);
        AddAffinity(request, tx);
        request.Options.Set(TransientErrors.RetryableOption, true);
        await ExecuteAsync(request, tx, cancellationToken).ConfigureAwait(false);
    }

    private static void WriteStatement(Utf8JsonWriter writer, CypherStatement statement)
    {
        writer.WriteString("statement", statement.Text);
        writer.WritePropertyName("parameters");
        TypedJsonCodec.WriteMap(writer, statement.Parameters);
    }

    private static void AddAffinity(HttpRequestMessage request, ExplicitTransaction tx)
    {
        if (tx.ClusterAffinity is { } affinity)
        {
            request.Headers.TryAddWithoutValidation(ClusterAffinityHeader, affinity);
        }
    }

    private static Neo4jQueryException MapError(string neo4jCode, string message, HttpStatusCode status, ExplicitTransaction? tx)
    {
        if (neo4jCode == "Neo.ClientError.Security.Unauthorized" || status == HttpStatusCode.Unauthorized)
        {
            return new Neo4jQueryException(
                GraphStoreCodes.Unavailable,
                $"Neo4j refused the credentials ({neo4jCode}): check Storage:Neo4j:User and Storage:Neo4j:Password (or Storage:Neo4j:Token). Server said: {message}",
                neo4jCode,
                status);
        }

        if (tx is not null && (neo4jCode == "Neo.ClientError.Transaction.TransactionNotFound"
            || (neo4jCode == "Neo.ClientError.Request.Invalid" && message.Contains("not found", StringComparison.OrdinalIgnoreCase))))
        {
            return new Neo4jQueryException(
                GraphStoreCodes.Unavailable,
                $"Neo4j transaction {tx.Id} has expired or was closed by the server (idle past its transaction time-out, 60 s by default); " +
                $"nothing of it was committed. Retry the operation. Server said: {message}",
                neo4jCode,
                status);
        }

        var code = neo4jCode switch
        {
            "Neo.ClientError.Schema.ConstraintValidationFailed" => GraphStoreCodes.Conflict,
            _ when neo4jCode.StartsWith(TransientErrors.TransientPrefix, StringComparison.Ordinal) => GraphStoreCodes.Unavailable,
            _ when neo4jCode.StartsWith("Neo.ClientError.Database.", StringComparison.Ordinal) => GraphStoreCodes.Unavailable,
            _ => "STORE_ERROR",
        };
        return new Neo4jQueryException(code, $"Neo4j error {neo4jCode}: {message}", neo4jCode, status);
    }

    private static QueryResult ParseResult(JsonElement root, string? affinity)
    {
        var fields = new List<string>();
        var rows = new List<object?[]>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var f))
            {
                fields.AddRange(f.EnumerateArray().Select(x => x.GetString()!));
            }

            if (data.TryGetProperty("values", out var values))
            {
                foreach (var row in values.EnumerateArray())
                {
                    rows.Add([.. row.EnumerateArray().Select(TypedJsonCodec.Read)]);
                }
            }
        }

        var bookmarks = root.TryGetProperty("bookmarks", out var b) && b.ValueKind == JsonValueKind.Array
            ? b.EnumerateArray().Select(x => x.GetString()!).ToList()
            : [];
        string? txId = null;
        if (root.TryGetProperty("transaction", out var tx) && tx.ValueKind == JsonValueKind.Object && tx.TryGetProperty("id", out var id))
        {
            txId = id.GetString();
        }

        return new QueryResult(fields, rows, bookmarks, txId, affinity);
    }

    private string TxPath(ExplicitTransaction tx) => $"{QueryPath}/tx/{Uri.EscapeDataString(tx.Id)}";

    private void WriteBookmarks(Utf8JsonWriter writer)
    {
        var bookmarks = Bookmarks.Current;
        if (bookmarks.Count == 0)
        {
            return;
        }

        writer.WriteStartArray("bookmarks");
        foreach (var bookmark in bookmarks)
        {
            writer.WriteStringValue(bookmark);
        }

        writer.WriteEndArray();
    }

    private HttpRequestMessage Post(string path, Action<Utf8JsonWriter> writeBody)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writeBody(writer);
            writer.WriteEndObject();
        }

        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_baseUri, path))
        {
            Content = new ByteArrayContent(buffer.ToArray()),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(TypedJsonCodec.MediaType) { CharSet = "utf-8" };
        PrepareQueryRequest(request);
        return request;
    }

    private void PrepareQueryRequest(HttpRequestMessage request)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJsonCodec.MediaType));
        if (!string.IsNullOrEmpty(_options.Token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.Token);
        }
        else if (!string.IsNullOrEmpty(_options.User))
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.User}:{_options.Password}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", credentials);
        }
    }

    private async Task<QueryResult> ExecuteAsync(HttpRequestMessage request, ExplicitTransaction? tx, CancellationToken cancellationToken)
    {
        var (status, body, affinity) = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        JsonDocument? doc = null;
        try
        {
            if (!string.IsNullOrWhiteSpace(body))
            {
                try
                {
                    doc = JsonDocument.Parse(body);
                }
                catch (JsonException) when (status is not (HttpStatusCode.OK or HttpStatusCode.Accepted))
                {
                    // Not JSON (a proxy's error page): reported below by status.
                }
            }

            if (doc?.RootElement is { ValueKind: JsonValueKind.Object } root
                && root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                var first = errors[0];
                var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "Neo.Unknown" : "Neo.Unknown";
                var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? string.Empty : string.Empty;
                throw MapError(code, message, status, tx);
            }

            if (status is not (HttpStatusCode.OK or HttpStatusCode.Accepted))
            {
                throw status == HttpStatusCode.Unauthorized
                    ? MapError("Neo.ClientError.Security.Unauthorized", "HTTP 401", status, tx)
                    : new Neo4jQueryException(
                        status == HttpStatusCode.ServiceUnavailable ? GraphStoreCodes.Unavailable : "STORE_ERROR",
                        $"Neo4j answered HTTP {(int)status} to {request.Method} {request.RequestUri?.AbsolutePath}.",
                        status: status);
            }

            return doc is null ? QueryResult.Empty with { ClusterAffinity = affinity } : ParseResult(doc.RootElement, affinity);
        }
        finally
        {
            doc?.Dispose();
        }
    }

    private async Task<(HttpStatusCode Status, string Body, string? Affinity)> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var http = _httpClientFactory.CreateClient(HttpClientName);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var affinity = response.Headers.TryGetValues(ClusterAffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return (response.StatusCode, body, affinity);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jQueryException(GraphStoreCodes.Unavailable, $"Neo4j at {_baseUri} is unreachable: {e.Message}", innerException: e);
        }
        catch (TimeoutRejectedException e)
        {
            throw new Neo4jQueryException(GraphStoreCodes.Unavailable, $"Neo4j at {_baseUri} did not answer within {_options.Timeout}.", innerException: e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jQueryException(GraphStoreCodes.Unavailable, $"Neo4j at {_baseUri} did not answer in time.", innerException: e);
        }
    }
}
