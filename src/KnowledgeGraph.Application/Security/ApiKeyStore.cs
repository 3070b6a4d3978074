using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Application.Security;

/// <summary>
/// API keys in their own small SQLite file (see ADR-081). A key reads <c>kg_ID_SECRET</c>: ID (16 hex digits) is public
/// and finds the row; SECRET is 32 random bytes (base64url). Only a salted HMAC-SHA256 of the secret is stored, so the
/// file alone never lets anyone call the API. A fast hash is enough because the secret is random with 256 bits of
/// entropy: nobody can guess it, fast or slow, and a slow password hash would cost CPU on every request.
/// </summary>
public sealed class ApiKeyStore
{
    public const string Prefix = "kg_";

    private const int IdBytes = 8;
    private const int SecretBytes = 32;
    private const int SaltBytes = 16;
    private const int MaxNameLength = 100;

    private const string Schema =
        """
        CREATE TABLE IF NOT EXISTS api_keys (
            id         TEXT NOT NULL PRIMARY KEY,
            name       TEXT NOT NULL,
            role       TEXT NOT NULL,
            salt       BLOB NOT NULL,
            hash       BLOB NOT NULL,
            created_ms INTEGER NOT NULL,
            revoked_ms INTEGER
        );
        CREATE UNIQUE INDEX IF NOT EXISTS ux_api_keys_active_name ON api_keys (name) WHERE revoked_ms IS NULL;
        """;

    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private volatile bool _created;

    public ApiKeyStore(string path, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        _time = time ?? TimeProvider.System;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 15,
        }.ToString();
    }

    /// <summary>The key file.</summary>
    public string Path { get; }

    /// <summary>Creates a key; the returned secret is the only copy.</summary>
    /// <exception cref="ArgumentException">The name is empty, too long, or already used by an active key.</exception>
    public Task<CreatedApiKey> CreateAsync(string name, ApiRole role, CancellationToken cancellationToken = default)
    {
        name = (name ?? string.Empty).Trim();
        if (name.Length == 0 || name.Length > MaxNameLength || name.Any(char.IsControl))
        {
            throw new ArgumentException($"a key name must be 1..{MaxNameLength} printable characters", nameof(name));
        }

        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "unknown role");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(IdBytes));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var created = _time.GetUtcNow();
        using var connection = Open(create: true)!;
        using var command = connection.CreateCommand();
        command.CommandText =
            "INSERT INTO api_keys (id, name, role, salt, hash, created_ms) VALUES ($id, $name, $role, $salt, $hash, $created)";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$role", role.ToName());
        command.Parameters.AddWithValue("$salt", salt);
        command.Parameters.AddWithValue("$hash", Hash(salt, secret));
        command.Parameters.AddWithValue("$created", created.ToUnixTimeMilliseconds());
        try
        {
            command.ExecuteNonQuery();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19)
        {
            throw new ArgumentException($"an active key is already named '{name}' (revoke it first, or choose another name)", nameof(name), e);
        }

        var record = new ApiKeyRecord(id, name, role, DateTimeOffset.FromUnixTimeMilliseconds(created.ToUnixTimeMilliseconds()), null);
        return Task.FromResult(new CreatedApiKey(record, $"{Prefix}{id}_{secret}"));
    }

    /// <summary>Every key, active and revoked, oldest first.</summary>
    public Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = Open(create: false);
        if (connection is null)
        {
            return Task.FromResult<IReadOnlyList<ApiKeyRecord>>([]);
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name, role, created_ms, revoked_ms FROM api_keys ORDER BY created_ms, id";
        using var reader = command.ExecuteReader();
        var keys = new List<ApiKeyRecord>();
        while (reader.Read())
        {
            keys.Add(ReadRecord(reader));
        }

        return Task.FromResult<IReadOnlyList<ApiKeyRecord>>(keys);
    }

    /// <summary>Revokes a key by id (or by its full key text); returns the record, or null when no key has that id.</summary>
    public Task<ApiKeyRecord?> RevokeAsync(string id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (TryParse(id, out var parsedId, out _))
        {
            id = parsedId;
        }

        using var connection = Open(create: false);
        if (connection is null)
        {
            return Task.FromResult<ApiKeyRecord?>(null);
        }

        using (var update = connection.CreateCommand())
        {
            update.CommandText = "UPDATE api_keys SET revoked_ms = $now WHERE id = $id AND revoked_ms IS NULL";
            update.Parameters.AddWithValue("$now", _time.GetUtcNow().ToUnixTimeMilliseconds());
            update.Parameters.AddWithValue("$id", id);
            update.ExecuteNonQuery();
        }

        return Task.FromResult(Find(connection, id));
    }

    /// <summary>The active key that <paramref name="presentedKey"/> proves, or null (unknown, revoked, malformed or wrong secret).</summary>
    public Task<ApiKeyRecord?> VerifyAsync(string? presentedKey, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!TryParse(presentedKey, out var id, out var secret))
        {
            return Task.FromResult<ApiKeyRecord?>(null);
        }

        using var connection = Open(create: false);
        if (connection is null)
        {
            return Task.FromResult<ApiKeyRecord?>(null);
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name, role, created_ms, revoked_ms, salt, hash FROM api_keys WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return Task.FromResult<ApiKeyRecord?>(null);
        }

        var record = ReadRecord(reader);
        var salt = (byte[])reader.GetValue(5);
        var hash = (byte[])reader.GetValue(6);
        var matches = CryptographicOperations.FixedTimeEquals(Hash(salt, secret), hash);
        return Task.FromResult(matches && record.IsActive ? record : null);
    }

    /// <summary>How many keys are active (the API refuses a network address when there are none and no JWT is configured).</summary>
    public Task<int> CountActiveAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = Open(create: false);
        if (connection is null)
        {
            return Task.FromResult(0);
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM api_keys WHERE revoked_ms IS NULL";
        return Task.FromResult(Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture));
    }

    /// <summary>Splits <c>kg_ID_SECRET</c>; false for anything else.</summary>
    public static bool TryParse(string? key, out string id, out string secret)
    {
        id = secret = string.Empty;
        key = key?.Trim();
        if (key is null || !key.StartsWith(Prefix, StringComparison.Ordinal) || key.Length > 200)
        {
            return false;
        }

        var rest = key[Prefix.Length..];
        var separator = rest.IndexOf('_', StringComparison.Ordinal);
        if (separator != IdBytes * 2 || rest.Length == separator + 1)
        {
            return false;
        }

        id = rest[..separator];
        secret = rest[(separator + 1)..];
        return id.All(char.IsAsciiHexDigitLower);
    }

    private static byte[] Hash(byte[] salt, string secret) => HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(secret));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static ApiKeyRecord ReadRecord(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        ApiRoles.TryParse(reader.GetString(2), out var role) ? role : ApiRole.Reader,
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
        reader.IsDBNull(4) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)));

    private static ApiKeyRecord? Find(SqliteConnection connection, string id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name, role, created_ms, revoked_ms FROM api_keys WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadRecord(reader) : null;
    }

    /// <summary>Opens the file; with <paramref name="create"/> false a missing file means "no keys" and nothing is created.</summary>
    private SqliteConnection? Open(bool create)
    {
        if (!create && !File.Exists(Path))
        {
            return null;
        }

        if (create)
        {
            var directory = System.IO.Path.GetDirectoryName(Path);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var pragmas = connection.CreateCommand();
            pragmas.CommandText = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 15000;";
            pragmas.ExecuteNonQuery();
            if (!_created)
            {
                using var schema = connection.CreateCommand();
                schema.CommandText = "PRAGMA journal_mode = WAL; " + Schema;
                schema.ExecuteNonQuery();
                _created = true;
                RestrictPermissions();
            }

            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The file holds only hashes, but nobody else on the machine needs to read it: owner read/write only.</summary>
    private void RestrictPermissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        try
        {
            File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Owned by another account (e.g. created by an operator, read by the service): keep its mode.
        }
    }
}
