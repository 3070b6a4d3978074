using KnowledgeGraph.Api.Explorer;
using KnowledgeGraph.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddKnowledgeGraphApi();
builder.Services.AddExplorer();

var app = builder.Build();
app.MapKnowledgeGraphApi();
app.MapExplorer();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
