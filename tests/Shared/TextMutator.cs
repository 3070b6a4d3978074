using System.Text;

namespace KnowledgeGraph.Tests.Shared;

/// <summary>
/// Fuzz input for the hostile-input tests: a few random edits of a valid text (insert a noise token, delete a run,
/// duplicate a run, replace a character, truncate), deterministic for a given <see cref="Random"/>.
/// Linked into the test projects that fuzz (tests/Shared is not a project).
/// </summary>
internal sealed class TextMutator(string[] noise, int maxEdits, int maxRun)
{
    public string Mutate(Random random, string text)
    {
        var builder = new StringBuilder(text);
        for (var edits = random.Next(1, maxEdits + 1); edits > 0 && builder.Length > 0; edits--)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(5))
            {
                case 0:
                    builder.Insert(at, noise[random.Next(noise.Length)]);
                    break;
                case 1:
                    builder.Remove(at, Math.Min(builder.Length - at, random.Next(1, maxRun)));
                    break;
                case 2:
                    var length = Math.Min(builder.Length - at, random.Next(1, maxRun * 4));
                    builder.Insert(at, builder.ToString(at, length));
                    break;
                case 3:
                    builder[at] = (char)random.Next(1, 0x2FF);
                    break;
                default:
                    builder.Length = at;
                    break;
            }
        }

        return builder.ToString();
    }
}
