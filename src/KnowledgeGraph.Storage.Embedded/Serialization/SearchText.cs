using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Storage.Embedded.Serialization;

/// <summary>
/// The searchable text of a node: its folded name, aliases and acronym, each wrapped in a separator
/// (<c>\u001fsecretaria de marina\u001fsemar\u001f</c>) so that exact, prefix and substring matches of a term are
/// plain <c>instr</c> tests without LIKE patterns to escape.
/// </summary>
internal static class SearchText
{
    public const char Separator = '\u001f';

    public const string AcronymProperty = "acronym";

    [ThreadStatic]
    private static char[]? t_buffer;

    public static string Build(Node node)
    {
        var text = new Writer(t_buffer ??= new char[256]);
        text.Term(node.Name);
        foreach (var alias in node.Aliases)
        {
            text.Term(alias);
        }

        if (node.Properties.TryGetValue(AcronymProperty, out var acronym) && acronym is string term)
        {
            text.Term(term);
        }

        t_buffer = text.Buffer;
        return text.ToString();
    }

    /// <summary>The folded form of a query, without separators; empty when nothing is left to search for.</summary>
    public static string FoldQuery(string text) => TextFolding.Fold(text).Replace(Separator.ToString(), string.Empty, StringComparison.Ordinal).Trim();

    /// <summary>
    /// Writes <c>\u001fterm\u001f...</c> into one reused buffer. ASCII terms (the usual bulk-import name) are folded
    /// in place, the same result as <see cref="FoldQuery"/> without its three intermediate strings; others go through it.
    /// </summary>
    private struct Writer(char[] buffer)
    {
        private int _length = 1;

        public char[] Buffer { get; private set; } = Start(buffer);

        public void Term(string? term)
        {
            if (string.IsNullOrWhiteSpace(term))
            {
                return;
            }

            if (!System.Text.Ascii.IsValid(term))
            {
                Append(FoldQuery(term));
                return;
            }

            Reserve(term.Length + 1);
            var folded = Buffer.AsSpan(_length, term.Length);
            System.Text.Ascii.ToLower(term, folded, out _);
            var kept = 0;
            foreach (var c in folded)
            {
                if (c != Separator)
                {
                    folded[kept++] = c;
                }
            }

            var trimmed = folded[..kept].Trim();
            trimmed.CopyTo(folded);
            _length += trimmed.Length;
            Buffer[_length++] = Separator;
        }

        public override readonly string ToString() => new(Buffer, 0, _length);

        private static char[] Start(char[] buffer)
        {
            buffer[0] = Separator;
            return buffer;
        }

        private void Append(string folded)
        {
            Reserve(folded.Length + 1);
            folded.CopyTo(Buffer.AsSpan(_length));
            _length += folded.Length;
            Buffer[_length++] = Separator;
        }

        private void Reserve(int more)
        {
            if (Buffer.Length < _length + more)
            {
                var larger = new char[Math.Max(_length + more, Buffer.Length * 2)];
                Buffer.AsSpan(0, _length).CopyTo(larger);
                Buffer = larger;
            }
        }
    }
}
