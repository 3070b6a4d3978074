using KnowledgeGraph.Api.GraphTypes.Links;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Api.GraphTypes.Filtering;

/// <summary>What one field of a <c>…Where</c> input filters on: a stored field, or a relationship to nodes of <see cref="EndKind"/>.</summary>
internal sealed record FilterTarget(string? StoreField, LinkField? Link, NodeKind? EndKind, string OperatorsType);
