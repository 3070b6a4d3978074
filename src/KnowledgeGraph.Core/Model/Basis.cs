namespace KnowledgeGraph.Core.Model;

/// <summary>
/// What a fact rests on. Wire names are lower case (stated, inferred, estimated); see <see cref="BasisNames"/>.
/// </summary>
public enum Basis
{
    /// <summary>A cited source (other than general knowledge) says it.</summary>
    Stated,

    /// <summary>The curators' reading of sources, or general knowledge.</summary>
    Inferred,

    /// <summary>A curators' score, such as a competency level on the 0–5 rubric.</summary>
    Estimated,
}
