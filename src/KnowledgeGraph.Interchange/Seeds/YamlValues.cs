using System.Globalization;
using KnowledgeGraph.Core.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGraph.Interchange.Seeds;

/// <summary>
/// Turns YAML values into property values by the declared <see cref="PropertyType"/>. A scalar that does not fit
/// the type is kept as its text, so that <c>GraphValidator</c> reports it with its one message for a wrong type.
/// </summary>
internal static class YamlValues
{
    public const string DateFormat = "yyyy-MM-dd";

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "a value",
    };

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The typed value, or null with <paramref name="error"/> set when the YAML shape cannot hold the type at all.</summary>
    public static object? ToProperty(YamlNode node, PropertySpec? spec, out string? error)
    {
        error = null;
        var type = spec?.Type;
        if (node is YamlSequenceNode sequence)
        {
            if (type is not (null or PropertyType.StringList))
            {
                error = $"must be {Name(type.Value)}, got a list";
                return null;
            }

            var items = new List<string>(sequence.Children.Count);
            foreach (var child in sequence.Children)
            {
                if (child is not YamlScalarNode { Value: { } text })
                {
                    error = $"must be a list of strings, got {Describe(child)} in the list";
                    return null;
                }

                items.Add(text);
            }

            return (IReadOnlyList<string>)items;
        }

        if (node is not YamlScalarNode scalar)
        {
            error = $"must be {(type is { } t ? Name(t) : "a value")}, got {Describe(node)}";
            return null;
        }

        var value = scalar.Value ?? string.Empty;
        var plain = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;
        return type switch
        {
            PropertyType.Integer when plain && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => l,
            PropertyType.Float when plain && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) => d,
            PropertyType.Boolean when plain && bool.TryParse(value, out var b) => b,
            PropertyType.Date when TryParseDate(value, out var date) => date,
            _ => value,
        };
    }

    public static string Name(PropertyType type) => type switch
    {
        PropertyType.StringList => "a list of strings",
        PropertyType.Integer => "an integer",
        _ => "a " + type.ToString().ToLowerInvariant(),
    };
}
