using System.Text.RegularExpressions;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Fake;

/// <summary>
/// Parses and evaluates the WHERE predicates and ORDER BY lists that the store's <c>NodeQueryBuilder</c> emits: a small
/// grammar (comparisons on <c>n[$p]</c> and <c>n.id</c>, IS [NOT] NULL, IN, toLower/toStringOrNull CONTAINS / STARTS WITH,
/// AND/OR/NOT, EXISTS { MATCH pattern [WHERE ...] }). Anything outside it is a syntax error, so the fake never guesses.
/// </summary>
internal sealed partial class FakePredicateParser
{
    private readonly List<string> _tokens;
    private int _position;

    private FakePredicateParser(string text)
    {
        _tokens = [.. Token().Matches(text).Select(m => m.Value)];
        var joined = string.Concat(_tokens);
        if (joined.Length != Regex.Replace(text, @"\s+", string.Empty).Length)
        {
            throw new FakeCypherException("Neo.ClientError.Statement.SyntaxError", $"Fake cannot tokenise: {text}");
        }
    }

    /// <summary>Evaluates to true, false or null (unknown) for a variable binding.</summary>
    public delegate bool? Predicate(FakeEvaluation context);

    public delegate object? Operand(FakeEvaluation context);

    public static Predicate ParsePredicate(string text)
    {
        var parser = new FakePredicateParser(text);
        var predicate = parser.ParseOr();
        parser.ExpectEnd();
        return predicate;
    }

    public static IReadOnlyList<(Operand Key, bool Descending)> ParseOrderBy(string text)
    {
        var parser = new FakePredicateParser(text);
        var items = new List<(Operand, bool)>();
        do
        {
            var operand = parser.ParseOperand();
            if (parser.TryTake("IS"))
            {
                parser.Expect("NULL");
                var inner = operand;
                operand = c => inner(c) is null;
            }

            var descending = parser.TryTake("DESC");
            if (!descending)
            {
                parser.TryTake("ASC");
            }

            items.Add((operand, descending));
        }
        while (parser.TryTake(","));

        parser.ExpectEnd();
        return items;
    }

    private Predicate ParseOr()
    {
        var left = ParseAnd();
        while (TryTake("OR"))
        {
            var l = left;
            var r = ParseAnd();
            left = c => CypherValues.Or(l(c), r(c));
        }

        return left;
    }

    private Predicate ParseAnd()
    {
        var left = ParseNot();
        while (TryTake("AND"))
        {
            var l = left;
            var r = ParseNot();
            left = c => CypherValues.And(l(c), r(c));
        }

        return left;
    }

    private Predicate ParseNot()
    {
        if (TryTake("NOT"))
        {
            var inner = ParseNot();
            return c => CypherValues.Not(inner(c));
        }

        return ParsePrimary();
    }

    private Predicate ParsePrimary()
    {
        if (TryTake("true"))
        {
            return _ => true;
        }

        if (TryTake("false"))
        {
            return _ => false;
        }

        if (TryTake("("))
        {
            var inner = ParseOr();
            Expect(")");
            return inner;
        }

        if (TryTake("EXISTS"))
        {
            return ParseExists();
        }

        if (TryTake("coalesce"))
        {
            Expect("(");
            var inner = ParseOr();
            Expect(",");
            Expect("false");
            Expect(")");
            return c => inner(c) ?? false;
        }

        return ParseComparison();
    }

    private Predicate ParseExists()
    {
        Expect("{");
        Expect("MATCH");
        Expect("(");
        var from = Next();
        Expect(")");
        var pattern = RelationshipPattern().Match(Next());
        if (!pattern.Success)
        {
            throw Syntax("relationship pattern");
        }

        Expect("(");
        var other = Next();
        Expect(":");
        Expect("KgNode");
        Expect(")");
        Predicate? where = null;
        if (TryTake("WHERE"))
        {
            where = ParseOr();
        }

        Expect("}");
        var type = pattern.Groups[2].Value;
        var incoming = pattern.Groups[1].Success;
        var outgoing = pattern.Groups[3].Success;
        return c =>
        {
            var node = c.Bind(from);
            foreach (var r in c.State.Relationships.Values.Where(r => r.Type == type))
            {
                long? otherId = null;
                if (outgoing && r.Start == node.Id)
                {
                    otherId = r.End;
                }
                else if (incoming && r.End == node.Id)
                {
                    otherId = r.Start;
                }
                else if (!incoming && !outgoing && (r.Start == node.Id || r.End == node.Id))
                {
                    otherId = r.Start == node.Id ? r.End : r.Start;
                }

                if (otherId is { } id && c.State.Nodes[id].Labels.Contains("KgNode")
                    && (where is null || where(c.With(other, c.State.Nodes[id])) == true))
                {
                    return true;
                }
            }

            return false;
        };
    }

    private Predicate ParseComparison()
    {
        var left = ParseOperand();
        if (TryTake("IS"))
        {
            if (TryTake(":"))
            {
                Expect(":");
                Expect("STRING");
                Expect("NOT");
                Expect("NULL");
                return c => left(c) is string;
            }

            var negated = TryTake("NOT");
            Expect("NULL");
            return negated ? c => left(c) is not null : c => left(c) is null;
        }

        if (TryTake("IN"))
        {
            var list = ParseOperand();
            return c =>
            {
                var value = left(c);
                if (list(c) is not System.Collections.IList items)
                {
                    return null;
                }

                if (value is null)
                {
                    return items.Count == 0 ? false : null;
                }

                var sawNull = false;
                foreach (var item in items)
                {
                    var equal = CypherValues.AreEqual(value, item);
                    if (equal == true)
                    {
                        return true;
                    }

                    sawNull |= equal is null;
                }

                return sawNull ? null : false;
            };
        }

        if (TryTake("CONTAINS"))
        {
            var right = ParseOperand();
            return c => left(c) is string l && right(c) is string r ? l.Contains(r, StringComparison.Ordinal) : null;
        }

        if (TryTake("STARTS"))
        {
            Expect("WITH");
            var right = ParseOperand();
            return c => left(c) is string l && right(c) is string r ? l.StartsWith(r, StringComparison.Ordinal) : null;
        }

        var op = Next();
        var rightOperand = ParseOperand();
        return op switch
        {
            "=" => c => CypherValues.AreEqual(left(c), rightOperand(c)),
            "<>" => c => CypherValues.Not(CypherValues.AreEqual(left(c), rightOperand(c))),
            "<" => c => CypherValues.Compare(left(c), rightOperand(c)) is { } x ? x < 0 : null,
            "<=" => c => CypherValues.Compare(left(c), rightOperand(c)) is { } x ? x <= 0 : null,
            ">" => c => CypherValues.Compare(left(c), rightOperand(c)) is { } x ? x > 0 : null,
            ">=" => c => CypherValues.Compare(left(c), rightOperand(c)) is { } x ? x >= 0 : null,
            _ => throw Syntax($"comparison operator, got '{op}'"),
        };
    }

    private Operand ParseOperand()
    {
        var token = Next();
        if (token.StartsWith('$'))
        {
            var name = token[1..];
            return c => c.Parameter(name);
        }

        if (token is "toLower" or "toStringOrNull")
        {
            Expect("(");
            var inner = ParseOperand();
            Expect(")");
            return token == "toLower"
                ? c => inner(c) is string s ? s.ToLowerInvariant() : null
                : c => inner(c) switch
                {
                    null or System.Collections.IList or System.Collections.IDictionary => null,
                    string s => s,
                    bool b => b ? "true" : "false",
                    DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    var v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture),
                };
        }

        if (!Variable().IsMatch(token))
        {
            throw Syntax($"operand, got '{token}'");
        }

        if (TryTake("["))
        {
            var key = Next();
            if (!key.StartsWith('$'))
            {
                throw Syntax("a parameter as property key (n[$p])");
            }

            Expect("]");
            return c => c.Parameter(key[1..]) is string k ? c.Bind(token).Props.GetValueOrDefault(k) : throw new FakeCypherException("Neo.ClientError.Statement.TypeError", "property key must be a string");
        }

        Expect(".");
        var property = Next();
        return c => c.Bind(token).Props.GetValueOrDefault(property);
    }

    private bool TryTake(string token)
    {
        if (_position < _tokens.Count && _tokens[_position] == token)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void Expect(string token)
    {
        if (!TryTake(token))
        {
            throw Syntax($"'{token}'");
        }
    }

    private string Next() => _position < _tokens.Count ? _tokens[_position++] : throw Syntax("more input");

    private void ExpectEnd()
    {
        if (_position != _tokens.Count)
        {
            throw Syntax("end of input");
        }
    }

    private FakeCypherException Syntax(string expected) => new(
        "Neo.ClientError.Statement.SyntaxError",
        $"Fake predicate parser expected {expected} at token {_position} in: {string.Join(' ', _tokens)}");

    [GeneratedRegex(@"<?-\[:[A-Z_]+\]->?|\$[A-Za-z0-9_]+|[A-Za-z_][A-Za-z0-9_]*|<>|<=|>=|[()\[\]{}=<>.:,]")]
    private static partial Regex Token();

    [GeneratedRegex(@"^(<)?-\[:([A-Z_]+)\]-(>)?$")]
    private static partial Regex RelationshipPattern();

    [GeneratedRegex(@"^[a-z][a-z0-9]*$")]
    private static partial Regex Variable();
}
