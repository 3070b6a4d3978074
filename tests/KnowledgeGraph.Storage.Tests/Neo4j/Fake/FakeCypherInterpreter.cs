using System.Collections;
using System.Text.RegularExpressions;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Fake;

/// <summary>
/// Executes the statements of <see cref="CypherStatements"/> against <see cref="FakeGraphState"/>. It is NOT a Cypher
/// engine: each statement template the store uses is mapped to a small in-memory implementation (exact text for fixed
/// statements, per-label/per-type texts generated from the same enums, and the node-query shape whose predicate and
/// ORDER BY it parses with <see cref="FakePredicateParser"/>). Unknown statements, missing parameters and quoted
/// literals in statement text are refused, so the fake checks the protocol and the parameterisation, not Cypher semantics.
/// </summary>
internal sealed partial class FakeCypherInterpreter
{
    private readonly Dictionary<string, Func<FakeGraphState, IReadOnlyDictionary<string, object?>, FakeResult>> _fixed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _writes = new(StringComparer.Ordinal)
    {
        CypherStatements.BumpCounter, CypherStatements.DeleteRelationships, CypherStatements.DeleteNodes, CypherStatements.AppendAudit,
    };

    public FakeCypherInterpreter()
    {
        foreach (var constraint in CypherStatements.Constraints)
        {
            _fixed[constraint] = (s, _) =>
            {
                s.Schema.Add(constraint);
                return FakeResult.None;
            };
            _writes.Add(constraint);
        }

        foreach (var kind in NodeKinds.All)
        {
            _fixed[CypherStatements.UpsertNodes(kind)] = (s, p) => UpsertNodes(s, p, kind.ToString());
            _writes.Add(CypherStatements.UpsertNodes(kind));
        }

        foreach (var type in RelationshipTypes.All)
        {
            _fixed[CypherStatements.UpsertRelationships(type)] = (s, p) => UpsertRelationships(s, p, type.ToWireName());
            _writes.Add(CypherStatements.UpsertRelationships(type));
        }

        _fixed[CypherStatements.Ping] = (_, _) => new(["ok"], [[1L]]);
        _fixed[CypherStatements.ReadCounter] = (s, p) =>
            new(["value"], [[s.Labelled("KgCounter").FirstOrDefault(c => Equals(c.Props["key"], p["key"]))?.Props["value"] ?? 0L]]);
        _fixed[CypherStatements.BumpCounter] = BumpCounter;
        _fixed[CypherStatements.NodesByIds] = (s, p) =>
            Rows(["n"], GraphNodes(s).Where(n => In(n.Props["id"], p["ids"])).OrderBy(Id, StringComparer.Ordinal).Select(n => new object?[] { n.ToWire() }));
        _fixed[CypherStatements.ExistingNodeIds] = (s, p) =>
            Rows(["id"], GraphNodes(s).Where(n => In(n.Props["id"], p["ids"])).Select(n => new object?[] { Id(n) }));
        _fixed[CypherStatements.AllNodesPage] = (s, p) => Rows(
            ["n"],
            GraphNodes(s).Where(n => p["after"] is not string after || string.CompareOrdinal(Id(n), after) > 0)
                .OrderBy(Id, StringComparer.Ordinal).Take(Limit(p)).Select(n => new object?[] { n.ToWire() }));
        _fixed[CypherStatements.Search] = Search;
        _fixed[CypherStatements.RelationshipById] = (s, p) => RelationshipRows(s, GraphRelationships(s).Where(r => Equals(r.Props.GetValueOrDefault("id"), p["id"])));
        _fixed[CypherStatements.RelationshipsByIds] = (s, p) => RelationshipRows(s, GraphRelationships(s).Where(r => In(r.Props.GetValueOrDefault("id"), p["ids"])));
        _fixed[CypherStatements.RelationshipsTouching] = (s, p) => RelationshipRows(
            s,
            GraphRelationships(s).Where(r =>
                ((p["outgoing"] is true && In(s.IdOf(r.Start), p["ids"])) || (p["incoming"] is true && In(s.IdOf(r.End), p["ids"])))
                && (p["types"] is null || In(r.Type, p["types"]))));
        _fixed[CypherStatements.RelationshipsAmong] = (s, p) => RelationshipRows(
            s,
            GraphRelationships(s).Where(r => In(s.IdOf(r.Start), p["ids"]) && In(s.IdOf(r.End), p["ids"]) && (p["types"] is null || In(r.Type, p["types"]))));
        _fixed[CypherStatements.AllRelationshipsPage] = (s, p) => RelationshipRows(
            s,
            GraphRelationships(s).Where(r => p["after"] is not string after || string.CompareOrdinal((string)r.Props["id"]!, after) > 0),
            Limit(p));
        _fixed[CypherStatements.NodeCounts] = (s, p) => Rows(
            ["label", "count"],
            GraphNodes(s).SelectMany(n => n.Labels).Where(l => In(l, p["kinds"])).GroupBy(l => l).Select(g => new object?[] { g.Key, (long)g.Count() }));
        _fixed[CypherStatements.RelationshipCounts] = (s, _) => Rows(
            ["type", "count"], GraphRelationships(s).GroupBy(r => r.Type).Select(g => new object?[] { g.Key, (long)g.Count() }));
        _fixed[CypherStatements.DeleteRelationships] = (s, p) =>
        {
            foreach (var r in GraphRelationships(s).Where(r => In(r.Props.GetValueOrDefault("id"), p["ids"])).ToList())
            {
                s.Relationships.Remove(r.Id);
            }

            return FakeResult.None;
        };
        _fixed[CypherStatements.DeleteNodes] = (s, p) =>
        {
            foreach (var n in GraphNodes(s).Where(n => In(n.Props["id"], p["ids"])).ToList())
            {
                s.DetachDelete(n);
            }

            return FakeResult.None;
        };
        _fixed[CypherStatements.AppendAudit] = (s, p) =>
        {
            foreach (var row in RowMaps(p["rows"]))
            {
                var node = s.CreateNode(["KgAudit"]);
                foreach (var (key, value) in row.Where(kv => kv.Value is not null))
                {
                    node.Props[key] = value;
                }
            }

            return FakeResult.None;
        };
        _fixed[CypherStatements.AuditLog] = (s, p) => Rows(
            ["a"],
            s.Labelled("KgAudit")
                .Where(a => (p["actor"] is null || Equals(a.Props["actor"], p["actor"]))
                    && (p["itemId"] is null || Equals(a.Props["itemId"], p["itemId"]))
                    && (p["since"] is null || CypherValues.Compare(a.Props["at"], p["since"]) >= 0))
                .OrderByDescending(a => (long)a.Props["sequence"]!).Take(Limit(p)).Select(a => new object?[] { a.ToWire() }));
    }

    /// <summary>The statement shapes this fake knows, for tests that check the store sends nothing else.</summary>
    public IReadOnlyCollection<string> FixedStatements => _fixed.Keys;

    /// <summary>True for statements that write (refused under <c>accessMode: Read</c>, like Neo4j does).</summary>
    public bool IsWrite(string statement) => _writes.Contains(statement);

    public FakeResult Execute(string statement, IReadOnlyDictionary<string, object?> parameters, FakeGraphState state)
    {
        if (statement.Contains('\'', StringComparison.Ordinal) || statement.Contains('"', StringComparison.Ordinal))
        {
            throw new FakeCypherException("Neo.ClientError.Statement.SyntaxError", "Fake refuses quoted literals: every value must be a parameter.");
        }

        foreach (Match m in ParameterReference().Matches(statement))
        {
            if (!parameters.ContainsKey(m.Groups[1].Value))
            {
                throw new FakeCypherException("Neo.ClientError.Statement.ParameterMissing", $"Expected parameter(s): {m.Groups[1].Value}");
            }
        }

        if (_fixed.TryGetValue(statement, out var handler))
        {
            return handler(state, parameters);
        }

        var query = QueryNodes().Match(statement);
        if (query.Success)
        {
            return QueryNodes(state, parameters, query.Groups[1].Success ? query.Groups[1].Value : null, query.Groups[2].Value, query.Groups[4].Value, query.Groups[3].Value);
        }

        throw new FakeCypherException("Neo.ClientError.Statement.SyntaxError", $"The fake does not know this statement: {statement}");
    }

    private static FakeResult QueryNodes(
        FakeGraphState state, IReadOnlyDictionary<string, object?> parameters, string? kind, string where, string orderBy, string returns)
    {
        if (kind is not null && !NodeKinds.TryParse(kind, out _))
        {
            throw new FakeCypherException("Neo.ClientError.Statement.SyntaxError", $"Label {kind} is not a node kind.");
        }

        var predicate = FakePredicateParser.ParsePredicate(where);
        var matches = GraphNodes(state)
            .Where(n => kind is null || n.Labels.Contains(kind))
            .Where(n => predicate(new FakeEvaluation(state, parameters, new Dictionary<string, FakeNode> { ["n"] = n })) == true)
            .ToList();
        if (returns == "count(n) AS total")
        {
            return new(["total"], [[(long)matches.Count]]);
        }

        var order = FakePredicateParser.ParseOrderBy(orderBy);
        matches.Sort((a, b) =>
        {
            var ea = new FakeEvaluation(state, parameters, new Dictionary<string, FakeNode> { ["n"] = a });
            var eb = new FakeEvaluation(state, parameters, new Dictionary<string, FakeNode> { ["n"] = b });
            foreach (var (key, descending) in order)
            {
                var c = CypherValues.OrderCompare(key(ea), key(eb));
                if (c != 0)
                {
                    return descending ? -c : c;
                }
            }

            return 0;
        });
        return Rows(["n"], matches.Take(Limit(parameters)).Select(n => new object?[] { n.ToWire() }));
    }

    private static FakeResult UpsertNodes(FakeGraphState state, IReadOnlyDictionary<string, object?> parameters, string kind)
    {
        foreach (var row in RowMaps(parameters["rows"]))
        {
            var node = state.GraphNode(row["id"]) ?? state.CreateNode(["KgNode"]);
            node.Props.Clear();
            foreach (var (key, value) in (IDictionary<string, object?>)row["props"]!)
            {
                if (value is not null)
                {
                    node.Props[key] = value;
                }
            }

            node.Labels.RemoveWhere(l => NodeKinds.TryParse(l, out _));
            node.Labels.Add(kind);
        }

        return FakeResult.None;
    }

    private static FakeResult UpsertRelationships(FakeGraphState state, IReadOnlyDictionary<string, object?> parameters, string type)
    {
        foreach (var row in RowMaps(parameters["rows"]))
        {
            if (state.GraphNode(row["from"]) is not { } a || state.GraphNode(row["to"]) is not { } b)
            {
                continue;
            }

            var relationship = state.Relationships.Values.FirstOrDefault(r =>
                    r.Type == type && r.Start == a.Id && r.End == b.Id && Equals(r.Props.GetValueOrDefault("id"), row["id"]))
                ?? state.CreateRelationship(type, a.Id, b.Id);
            relationship.Props.Clear();
            foreach (var (key, value) in (IDictionary<string, object?>)row["props"]!)
            {
                if (value is not null)
                {
                    relationship.Props[key] = value;
                }
            }
        }

        return FakeResult.None;
    }

    private static FakeResult BumpCounter(FakeGraphState state, IReadOnlyDictionary<string, object?> parameters)
    {
        var counter = state.Labelled("KgCounter").FirstOrDefault(c => Equals(c.Props["key"], parameters["key"]));
        if (counter is null)
        {
            counter = state.CreateNode(["KgCounter"]);
            counter.Props["key"] = parameters["key"];
            counter.Props["value"] = 0L;
        }

        counter.Props["value"] = (long)counter.Props["value"]! + (long)parameters["by"]!;
        return new(["value"], [[counter.Props["value"]]]);
    }

    private static FakeResult Search(FakeGraphState state, IReadOnlyDictionary<string, object?> parameters)
    {
        var text = (string)parameters["text"]!;
        var ranked = new List<(FakeNode Node, int Rank)>();
        foreach (var node in GraphNodes(state))
        {
            if (parameters["kinds"] is not null && !node.Labels.Any(l => In(l, parameters["kinds"])))
            {
                continue;
            }

            var hits = (node.Props.GetValueOrDefault("kg_search") as IList ?? Array.Empty<object>()).OfType<string>().Where(t => t.Contains(text, StringComparison.Ordinal)).ToList();
            if (hits.Count == 0)
            {
                continue;
            }

            ranked.Add((node, hits.Contains(text) ? 0 : hits.Any(t => t.StartsWith(text, StringComparison.Ordinal)) ? 1 : 2));
        }

        return Rows(
            ["n"],
            ranked.OrderBy(r => r.Rank).ThenBy(r => (string)r.Node.Props["name"]!, StringComparer.Ordinal).ThenBy(r => Id(r.Node), StringComparer.Ordinal)
                .Take(Limit(parameters)).Select(r => new object?[] { r.Node.ToWire() }));
    }

    private static FakeResult RelationshipRows(FakeGraphState state, IEnumerable<FakeRelationship> relationships, int limit = int.MaxValue) => Rows(
        ["r", "from", "to"],
        relationships.OrderBy(r => (string)r.Props["id"]!, StringComparer.Ordinal).Take(limit)
            .Select(r => new object?[] { r.ToWire(), state.IdOf(r.Start), state.IdOf(r.End) }));

    private static IEnumerable<FakeNode> GraphNodes(FakeGraphState state) => state.Labelled("KgNode");

    private static IEnumerable<FakeRelationship> GraphRelationships(FakeGraphState state) =>
        state.Relationships.Values.Where(r => state.Nodes[r.Start].Labels.Contains("KgNode") && state.Nodes[r.End].Labels.Contains("KgNode"));

    private static string Id(FakeNode node) => (string)node.Props["id"]!;

    private static bool In(object? value, object? list) => list is IList items && items.Cast<object?>().Any(i => CypherValues.AreEqual(value, i) == true);

    private static int Limit(IReadOnlyDictionary<string, object?> parameters) => (int)Math.Min(int.MaxValue, (long)parameters["limit"]!);

    private static IEnumerable<IDictionary<string, object?>> RowMaps(object? rows) =>
        rows is IList list ? list.Cast<IDictionary<string, object?>>() : throw new FakeCypherException("Neo.ClientError.Statement.TypeError", "$rows must be a list of maps");

    private static FakeResult Rows(IReadOnlyList<string> fields, IEnumerable<object?[]> rows) => new(fields, [.. rows]);

    [GeneratedRegex(@"\$([A-Za-z0-9_]+)")]
    private static partial Regex ParameterReference();

    [GeneratedRegex(@"^MATCH \(n:KgNode(?::([A-Za-z]+))?\) WHERE (.+) RETURN (n|count\(n\) AS total)(?: ORDER BY (.+) LIMIT \$limit)?$", RegexOptions.Singleline)]
    private static partial Regex QueryNodes();
}
