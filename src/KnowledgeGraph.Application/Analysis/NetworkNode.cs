using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Application.Analysis;

/// <summary>A node of the coordination network and its number of links.</summary>
public sealed record NetworkNode(string Id, string Name, NodeKind Kind, int Degree);
