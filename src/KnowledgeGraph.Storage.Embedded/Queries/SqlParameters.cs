using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Embedded.Queries;

/// <summary>The values of a statement being built; SQL text only ever holds their names (<c>$p0</c>, <c>$p1</c>...).</summary>
internal sealed class SqlParameters
{
    private readonly List<KeyValuePair<string, object>> _values = [];

    public string Add(object? value)
    {
        var name = "$p" + _values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _values.Add(new(name, value ?? DBNull.Value));
        return name;
    }

    public SqliteCommand ApplyTo(SqliteCommand command)
    {
        foreach (var (name, value) in _values)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
