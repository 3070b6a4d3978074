using KnowledgeGraph.Interchange.Tests.Support;

namespace KnowledgeGraph.Interchange.Tests.Seeds;

/// <summary>A tiny, valid seed directory (one file per topic, one in a sub-folder) and helpers to find lines in it.</summary>
internal static class SeedFixtures
{
    public const string Sources = """
        kind: Source
        nodes:
          - id: src-essay
            name: Tratado de seguridad (essay)
            publisher: Example Press
            published: 2025-02-01
            confidence: high
            basis: inferred
          - id: src-facts
            name: Public facts
            url: https://example.org/facts
            confidence: medium
            basis: inferred
        """;

    public const string Places = """
        nodes:
          - id: mx
            kind: Country
            name: México
            aliases: [Mexico, Estados Unidos Mexicanos]
            iso: MX
            confidence: high
            basis: inferred
            sources: [src-facts]
          - id: mx-sedena
            kind: Institution
            name: Secretaría de la Defensa Nacional
            acronym: SEDENA
            country: mx
            level: federal
            type: military
            confidence: high
            basis: inferred
            sources: [src-facts, src-essay]
            note: Army and Air Force.
            validFrom: 1937-10-01
          - id: mx-gabinete
            kind: Mechanism
            name: Gabinete de Seguridad
            permanence: political
            scope: national
            confidence: medium
            basis: inferred
            sources: [src-essay]
          - id: secure-information-exchange
            kind: Competency
            name: Secure information exchange
            pillar: capabilities
            confidence: high
            basis: inferred
            sources: [src-essay]
        """;

    public const string Links = """
        relationships:
          - type: MEMBER_OF
            from: mx-sedena
            to: mx-gabinete
            role: member
            confidence: high
            basis: inferred
            sources: [src-facts]
            validFrom: 2019-01-01
          - type: HAS_COMPETENCY
            from: mx-sedena
            to: secure-information-exchange
            level: 3
            confidence: low
            basis: inferred
            sources: [src-essay]
            note: estimated from the essay
          - type: BASED_IN
            from: mx-sedena
            to: mx
            id: sedena-in-mexico
            confidence: high
            basis: inferred
            sources: [src-facts]
        """;

    public static void WriteValid(TempDirectory dir, string seeds = "graph-seeds")
    {
        dir.Write($"{seeds}/sources.yaml", Sources);
        dir.Write($"{seeds}/places.yaml", Places);
        dir.Write($"{seeds}/relationships/links.yaml", Links);
    }

    /// <summary>1-based line of the first line of <paramref name="text"/> that contains <paramref name="fragment"/>, counting from <paramref name="after"/>.</summary>
    public static int LineOf(string text, string fragment, string? after = null)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var start = after is null ? 0 : Array.FindIndex(lines, l => l.Contains(after, StringComparison.Ordinal));
        var index = Array.FindIndex(lines, start, l => l.Contains(fragment, StringComparison.Ordinal));
        if (index < 0)
        {
            throw new ArgumentException($"'{fragment}' is not in the text", nameof(fragment));
        }

        return index + 1;
    }

    /// <summary>1-based column where <paramref name="fragment"/> starts on its line.</summary>
    public static int ColumnOf(string text, string fragment, string? after = null)
    {
        var line = text.ReplaceLineEndings("\n").Split('\n')[LineOf(text, fragment, after) - 1];
        return line.IndexOf(fragment, StringComparison.Ordinal) + 1;
    }
}
