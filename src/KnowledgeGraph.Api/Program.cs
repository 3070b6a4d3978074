using KnowledgeGraph.Api.Explorer;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddExplorer();
var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
app.MapExplorer();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
