using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Model;

public class TextFoldingTests
{
    [Theory]
    [InlineData("Secretaría de Marina", "secretaria de marina")]
    [InlineData("MÉRIDA", "merida")]
    [InlineData("Fiscalía General de la República", "fiscalia general de la republica")]
    [InlineData("niño", "nino")]
    [InlineData("SEMAR Node 12", "semar node 12")]
    public void FoldRemovesAccentsAndCase(string text, string expected) =>
        TextFolding.Fold(text).ShouldBe(expected);

    [Fact]
    public void FoldMakesComposedAndDecomposedFormsEqual() =>
        TextFolding.Fold("Mérida").ShouldBe(TextFolding.Fold("Me\u0301rida"));
}
