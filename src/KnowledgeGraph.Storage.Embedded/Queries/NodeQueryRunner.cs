using System.Globalization;
using KnowledgeGraph.Core.Queries;
using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Embedded.Serialization;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Embedded.Queries;

/// <summary>
/// Runs a <see cref="NodeQuery"/>: filter, sort (ties by id ascending) and keyset paging in both directions.
/// A page is read with LIMIT n + 1 so the extra row tells whether more follow; the other direction is answered by an
/// EXISTS query on the far side of the cursor.
/// </summary>
internal sealed class NodeQueryRunner
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly NodeQuery _query;
    private readonly SqlParameters _parameters = new();
    private readonly List<SortKey> _keys = [];
    private readonly string _signature;
    private readonly string _where;

    public NodeQueryRunner(SqliteConnection connection, SqliteTransaction transaction, NodeQuery query)
    {
        _connection = connection;
        _transaction = transaction;
        _query = query;
        if (query.First < 0 || query.Last < 0)
        {
            throw new GraphStoreException(GraphStoreCodes.BadFilter, "Bad page: first and last must not be negative.");
        }

        if (query.Sort.Count > QueryLimits.MaxSortFields)
        {
            throw new GraphStoreException(GraphStoreCodes.BadFilter, $"Bad sort: at most {QueryLimits.MaxSortFields} sort fields.");
        }

        var compiler = new FilterCompiler(_parameters);
        var conditions = new List<string>();
        if (query.Kind is { } kind)
        {
            conditions.Add($"n.kind = {_parameters.Add(kind.ToString())}");
        }

        if (query.Filter is not null)
        {
            conditions.Add(compiler.Compile(query.Filter, "n"));
        }

        _where = conditions.Count == 0 ? "1" : string.Join(" AND ", conditions);
        foreach (var sort in query.Sort)
        {
            _keys.Add(new SortKey(compiler.Field(sort.Field, "n").Sql, sort.Descending));
        }

        _signature = string.Join(",", query.Sort.Select(s => (s.Descending ? "-" : "+") + s.Field));
    }

    public NodePage Run()
    {
        var after = _query.After is null ? null : Cursors.Decode(_query.After, _signature, _keys.Count);
        var before = _query.Before is null ? null : Cursors.Decode(_query.Before, _signature, _keys.Count);
        var backward = _query.Last is not null && _query.First is null;
        var size = Math.Min(backward ? _query.Last!.Value : _query.First ?? QueryLimits.MaxPageSize, QueryLimits.MaxPageSize);

        var conditions = new List<string> { _where };
        if (after is not null)
        {
            conditions.Add(Beyond(after, reversed: false));
        }

        if (before is not null)
        {
            conditions.Add(Beyond(before, reversed: true));
        }

        var rows = ReadPage(string.Join(" AND ", conditions), backward, size + 1);
        var more = rows.Count > size;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        bool hasNext, hasPrevious;
        if (backward)
        {
            rows.Reverse();
            hasPrevious = more;
            hasNext = before is not null && Exists($"{_where} AND NOT {Beyond(before, reversed: true)}");
        }
        else
        {
            hasNext = more;
            hasPrevious = after is not null && Exists($"{_where} AND NOT {Beyond(after, reversed: false)}");
            if (_query.Last is { } last && rows.Count > last)
            {
                rows.RemoveRange(0, rows.Count - last);
                hasPrevious = true;
            }
        }

        long? total = _query.IncludeTotalCount ? Count() : null;
        return new NodePage(rows, hasNext, hasPrevious, total);
    }

    /// <summary>
    /// Rows strictly after <paramref name="position"/> in query order (or strictly before it when reversed): the
    /// lexicographic comparison of (keys..., id), where a missing value sorts after every value ascending.
    /// </summary>
    private string Beyond(CursorPosition position, bool reversed)
    {
        var disjuncts = new List<string>();
        var equalPrefix = new List<string>();
        for (var i = 0; i < _keys.Count; i++)
        {
            var e = _keys[i].Expression;
            var descending = _keys[i].Descending ^ reversed;
            var value = position.Values[i];
            string greater, equal;
            if (value is null)
            {
                greater = descending ? $"{e} IS NOT NULL" : "0";
                equal = $"{e} IS NULL";
            }
            else
            {
                var p = _parameters.Add(value);
                greater = descending ? $"{e} < {p}" : $"({e} > {p} OR {e} IS NULL)";
                equal = $"{e} = {p}";
            }

            disjuncts.Add(string.Join(" AND ", equalPrefix.Append(greater)));
            equalPrefix.Add(equal);
        }

        var id = _parameters.Add(position.Id);
        disjuncts.Add(string.Join(" AND ", equalPrefix.Append(reversed ? $"n.id < {id}" : $"n.id > {id}")));
        return $"COALESCE(({string.Join(" OR ", disjuncts.Select(d => $"({d})"))}), 0)";
    }

    private List<PagedNode> ReadPage(string where, bool reversed, int limit)
    {
        var keyColumns = string.Concat(_keys.Select((k, i) => $", {k.Expression} AS s{i}"));
        var order = string.Concat(_keys.Select((k, i) => (k.Descending ^ reversed) ? $"s{i} DESC NULLS FIRST, " : $"s{i} ASC NULLS LAST, "));
        var sql = $"SELECT {ItemRows.NodeColumns}{keyColumns} FROM nodes n WHERE {where} " +
            $"ORDER BY {order}n.id {(reversed ? "DESC" : "ASC")} LIMIT {_parameters.Add((long)limit)}";
        using var command = _parameters.ApplyTo(_connection.Command(sql, _transaction));
        using var reader = command.ExecuteReader();
        var rows = new List<PagedNode>();
        var values = new object?[_keys.Count];
        while (reader.Read())
        {
            var node = ItemRows.ReadNode(reader);
            for (var i = 0; i < values.Length; i++)
            {
                var ordinal = ItemRows.NodeColumnCount + i;
                values[i] = reader.IsDBNull(ordinal) ? null : reader.GetValue(ordinal);
            }

            rows.Add(new PagedNode(node, Cursors.Encode(_signature, values, node.Id)));
        }

        return rows;
    }

    private bool Exists(string where)
    {
        using var command = _parameters.ApplyTo(_connection.Command($"SELECT EXISTS (SELECT 1 FROM nodes n WHERE {where})", _transaction));
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 1;
    }

    private long Count()
    {
        using var command = _parameters.ApplyTo(_connection.Command($"SELECT COUNT(*) FROM nodes n WHERE {_where}", _transaction));
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
