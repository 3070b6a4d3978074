using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Embedded.Schema;

/// <summary>One forward step of the schema. Steps are never edited once released: a change is a new step.</summary>
internal sealed record Migration(int Version, string Description, Action<SqliteConnection, SqliteTransaction> Apply);
