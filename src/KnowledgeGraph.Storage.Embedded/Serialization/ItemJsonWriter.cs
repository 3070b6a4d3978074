using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Storage;

namespace KnowledgeGraph.Storage.Embedded.Serialization;

/// <summary>
/// Writes the JSON stored with each item and recorded in the audit log. Properties are written in ordinal key order so
/// that equal items give equal text (which is how unchanged upserts are detected). JSON alone cannot tell a date from a
/// string or 2.0 from 2, so a <c>types</c> object records which properties are dates, and which floats would read back
/// as integers (2.0, not 0.5).
/// Not thread-safe: one instance per write or import session.
/// </summary>
internal sealed class ItemJsonWriter : IDisposable
{
    public const string PropertiesKey = "props";
    public const string TypesKey = "types";
    public const string DateType = "date";
    public const string FloatType = "float";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly Utf8JsonWriter _writer;
    private readonly List<KeyValuePair<string, string>> _types = [];

    public ItemJsonWriter()
    {
        _writer = new Utf8JsonWriter(_buffer, Options);
    }

    /// <summary>
    /// The <c>json</c> column of a node as UTF-8, valid until this writer is used again: everything not kept in a column
    /// (provenance is a shared row). Empty when there is nothing else, stored as NULL.
    /// </summary>
    public ReadOnlySpan<byte> NodeBodyUtf8(Node node)
    {
        if (node.Aliases.Count == 0 && node.Description is null && node.Properties.Count == 0)
        {
            return [];
        }

        Begin();
        WriteStrings("aliases", node.Aliases);
        WriteOptional("description", node.Description);
        WriteProperties(node.Properties, withTypes: true);
        return EndUtf8();
    }

    /// <summary>
    /// The <c>json</c> column of a relationship as UTF-8, valid until this writer is used again: everything not kept in
    /// a column (ends, type, confidence, provenance, a float weight). Empty when there is nothing else, stored as NULL.
    /// </summary>
    public ReadOnlySpan<byte> RelationshipBodyUtf8(Relationship relationship)
    {
        var inColumn = ColumnWeight(relationship) is null ? null : EdgeBatch.WeightProperty;
        if (relationship.Description is null && relationship.Properties.Count == (inColumn is null ? 0 : 1)
            && relationship.ValidFrom is null && relationship.ValidTo is null)
        {
            return [];
        }

        Begin();
        WriteOptional("description", relationship.Description);
        WriteProperties(relationship.Properties, withTypes: true, skip: inColumn);
        WriteOptional("validFrom", IsoDates.ToText(relationship.ValidFrom));
        WriteOptional("validTo", IsoDates.ToText(relationship.ValidTo));
        return EndUtf8();
    }

    /// <summary>
    /// The relationship's <see cref="EdgeBatch.WeightProperty"/> when it is a float: kept in the <c>weight</c> column
    /// (edge lists carry millions of them; a column costs 8 bytes and no JSON). Any other weight stays in the body.
    /// </summary>
    public static double? ColumnWeight(Relationship relationship) =>
        relationship.Properties.TryGetValue(EdgeBatch.WeightProperty, out var value) && value is double weight ? weight : null;

    /// <summary>A row of the shared <c>provenance</c> table as UTF-8, valid until this writer is used again.</summary>
    public ReadOnlySpan<byte> ProvenanceUtf8(Provenance provenance)
    {
        Begin();
        WriteProvenance(provenance);
        return EndUtf8();
    }

    /// <summary>A self-contained, readable document of a node for the audit log.</summary>
    public string NodeDocument(Node node)
    {
        Begin();
        _writer.WriteString("id", node.Id);
        _writer.WriteString("kind", node.Kind.ToString());
        _writer.WriteString("name", node.Name);
        WriteStrings("aliases", node.Aliases);
        WriteOptional("description", node.Description);
        WriteProperties(node.Properties, withTypes: false);
        WriteProvenance(node.Provenance);
        _writer.WriteString("confidence", ConfidenceNames.ToWire(node.Confidence));
        WriteOptional("validFrom", IsoDates.ToText(node.ValidFrom));
        WriteOptional("validTo", IsoDates.ToText(node.ValidTo));
        return End();
    }

    /// <summary>A self-contained, readable document of a relationship for the audit log.</summary>
    public string RelationshipDocument(Relationship relationship)
    {
        Begin();
        _writer.WriteString("id", relationship.Id);
        _writer.WriteString("type", relationship.Type.ToWireName());
        _writer.WriteString("from", relationship.From);
        _writer.WriteString("to", relationship.To);
        WriteOptional("description", relationship.Description);
        WriteProperties(relationship.Properties, withTypes: false);
        WriteProvenance(relationship.Provenance);
        _writer.WriteString("confidence", ConfidenceNames.ToWire(relationship.Confidence));
        WriteOptional("validFrom", IsoDates.ToText(relationship.ValidFrom));
        WriteOptional("validTo", IsoDates.ToText(relationship.ValidTo));
        return End();
    }

    /// <summary>A JSON array of SQL scalar values (string, long, double) for <c>json_each</c> parameters.</summary>
    public string Array(IEnumerable<object> values)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset();
        _writer.WriteStartArray();
        foreach (var value in values)
        {
            WriteScalar(value);
        }

        _writer.WriteEndArray();
        _writer.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    public void Dispose() => _writer.Dispose();

    private void WriteScalar(object? value)
    {
        switch (value)
        {
            case null:
                _writer.WriteNullValue();
                break;
            case string s:
                _writer.WriteStringValue(s);
                break;
            case long l:
                _writer.WriteNumberValue(l);
                break;
            case double d:
                _writer.WriteNumberValue(d);
                break;
            default:
                throw new ArgumentException($"Unsupported SQL value type {value.GetType().Name}.", nameof(value));
        }
    }

    private void Begin()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset();
        _writer.WriteStartObject();
    }

    private string End() => Encoding.UTF8.GetString(EndUtf8());

    private ReadOnlySpan<byte> EndUtf8()
    {
        _writer.WriteEndObject();
        _writer.Flush();
        return _buffer.WrittenSpan;
    }

    private void WriteOptional(string key, string? value)
    {
        if (value is not null)
        {
            _writer.WriteString(key, value);
        }
    }

    private void WriteStrings(string key, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        _writer.WriteStartArray(key);
        foreach (var value in values)
        {
            _writer.WriteStringValue(value);
        }

        _writer.WriteEndArray();
    }

    private void WriteProvenance(Provenance provenance)
    {
        WriteStrings("sources", provenance.Sources);
        WriteOptional("note", provenance.Note);
    }

    /// <param name="skip">A property kept in a column, left out (present in <paramref name="properties"/> when given).</param>
    private void WriteProperties(IReadOnlyDictionary<string, object> properties, bool withTypes, string? skip = null)
    {
        if (properties.Count == (skip is null ? 0 : 1))
        {
            return;
        }

        var keys = new string[properties.Count - (skip is null ? 0 : 1)];
        var i = 0;
        foreach (var key in properties.Keys)
        {
            if (!string.Equals(key, skip, StringComparison.Ordinal))
            {
                keys[i++] = key;
            }
        }

        System.Array.Sort(keys, StringComparer.Ordinal);
        _types.Clear();
        _writer.WriteStartObject(PropertiesKey);
        foreach (var key in keys)
        {
            var raw = properties[key];
            if (raw is null)
            {
                continue;
            }

            switch (PropertyValues.Normalize(raw))
            {
                case string s:
                    _writer.WriteString(key, s);
                    break;
                case long l:
                    _writer.WriteNumber(key, l);
                    break;
                case double d:
                    WriteDouble(key, d);
                    break;
                case bool b:
                    _writer.WriteBoolean(key, b);
                    break;
                case DateOnly date:
                    _writer.WriteString(key, IsoDates.ToText(date));
                    _types.Add(new(key, DateType));
                    break;
                case IReadOnlyList<string> list:
                    _writer.WriteStartArray(key);
                    foreach (var item in list)
                    {
                        _writer.WriteStringValue(item);
                    }

                    _writer.WriteEndArray();
                    break;
            }
        }

        _writer.WriteEndObject();
        if (withTypes && _types.Count > 0)
        {
            _writer.WriteStartObject(TypesKey);
            foreach (var (key, type) in _types)
            {
                _writer.WriteString(key, type);
            }

            _writer.WriteEndObject();
        }
    }

    private void WriteDouble(string key, double value)
    {
        if (double.IsFinite(value))
        {
            _writer.WriteNumber(key, value);
        }
        else
        {
            _writer.WriteString(key, value.ToString("R", CultureInfo.InvariantCulture));
        }

        if (!double.IsFinite(value) || Math.Abs(value) < long.MaxValue && value == Math.Truncate(value))
        {
            // Written as a string or as an integer: only the type tells it back as a float.
            _types.Add(new(key, FloatType));
        }
    }
}
