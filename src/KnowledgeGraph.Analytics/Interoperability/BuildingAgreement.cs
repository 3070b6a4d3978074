namespace KnowledgeGraph.Analytics.Interoperability;

/// <summary>An agreement that BUILDS a competency, with its status (active, proposed, ...).</summary>
public sealed record BuildingAgreement(string Id, string Name, string? Status);
