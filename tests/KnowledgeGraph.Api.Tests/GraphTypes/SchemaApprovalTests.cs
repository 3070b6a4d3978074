using KnowledgeGraph.Api.Tests.Support;

namespace KnowledgeGraph.Api.Tests.GraphTypes;

/// <summary>The printed SDL must match the approved file; a change is reviewed by updating Approved/schema.graphql.</summary>
public sealed class SchemaApprovalTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task PrintedSchemaMatchesTheApprovedFile()
    {
        var printed = (await api.Client.Http.GetStringAsync("/graphql/schema.graphql")).ReplaceLineEndings("\n");
        var approvedPath = Path.Combine(RepositoryPaths.Root, "tests", "KnowledgeGraph.Api.Tests", "Approved", "schema.graphql");
        var receivedPath = Path.ChangeExtension(approvedPath, ".received.graphql");
        var approved = File.Exists(approvedPath) ? (await File.ReadAllTextAsync(approvedPath)).ReplaceLineEndings("\n") : string.Empty;

        if (printed != approved)
        {
            await File.WriteAllTextAsync(receivedPath, printed);
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        printed.ShouldBe(approved, $"The schema changed: review {receivedPath} and copy it over {approvedPath} if intended.");
    }
}
