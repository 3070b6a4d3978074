using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Storage.Embedded.Writing;

/// <summary>
/// A statement prepared once on the connection's native handle and reused for every row of a write: binding UTF-8
/// directly and stepping without ADO.NET's per-call reader makes bulk imports several times cheaper per row.
/// Parameters are numbered (<c>?1</c>, <c>?2</c>...); it must be disposed before its connection is closed.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private byte[] _buffer = new byte[512];

    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _statement);
        if (rc != raw.SQLITE_OK)
        {
            throw Error(rc);
        }
    }

    public void Bind(int index, string? value)
    {
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(_statement, index));
            return;
        }

        var max = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_buffer.Length < max)
        {
            _buffer = new byte[Math.Max(max, _buffer.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(value, _buffer);
        Check(raw.sqlite3_bind_text(_statement, index, _buffer.AsSpan(0, length)));
    }

    /// <summary>Binds UTF-8 text; SQLite copies it, so the span may be reused afterwards.</summary>
    public void BindUtf8(int index, ReadOnlySpan<byte> value) => Check(raw.sqlite3_bind_text(_statement, index, value));

    /// <summary>Binds UTF-8 text, or NULL when it is empty (an item's JSON body with nothing in it).</summary>
    public void BindUtf8OrNull(int index, ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty)
        {
            Check(raw.sqlite3_bind_null(_statement, index));
        }
        else
        {
            BindUtf8(index, value);
        }
    }

    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    /// <summary>Binds a float, or NULL when there is none.</summary>
    public void Bind(int index, double? value) =>
        Check(value is { } number ? raw.sqlite3_bind_double(_statement, index, number) : raw.sqlite3_bind_null(_statement, index));

    /// <summary>Runs the statement to completion and returns the number of rows it changed.</summary>
    public int Execute()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc is not (raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            var error = Error(rc);
            raw.sqlite3_reset(_statement);
            throw error;
        }

        raw.sqlite3_reset(_statement);
        return raw.sqlite3_changes(_db);
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw Error(rc);
        }
    }

    private SqliteException Error(int rc) =>
        new(raw.sqlite3_errmsg(_db).utf8_to_string(), rc, raw.sqlite3_extended_errcode(_db));
}
