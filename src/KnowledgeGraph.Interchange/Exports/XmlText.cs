using System.Text;
using System.Xml;

namespace KnowledgeGraph.Interchange.Exports;

/// <summary>Helpers shared by the XML formats (GraphML, GEXF).</summary>
internal static class XmlText
{
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    public static XmlWriterSettings WriterSettings { get; } = new()
    {
        Async = true,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        CloseOutput = false,
    };

    /// <summary>Starts the document and its root element, with the <c>xsi:schemaLocation</c> that validators follow.</summary>
    public static async Task WriteRootAsync(XmlWriter xml, string name, string ns, string schemaLocation)
    {
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, name, ns);
        await xml.WriteAttributeStringAsync("xmlns", "xsi", null, XsiNamespace);
        await xml.WriteAttributeStringAsync("xsi", "schemaLocation", XsiNamespace, schemaLocation);
    }

    /// <summary>Replaces characters XML 1.0 cannot carry (control characters, lone surrogates) with U+FFFD.</summary>
    public static string Clean(string text)
    {
        if (IsClean(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else
            {
                builder.Append('\uFFFD');
            }
        }

        return builder.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }

            return false;
        }

        return true;
    }
}
