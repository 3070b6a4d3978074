using KnowledgeGraph.Api.Explorer;
using KnowledgeGraph.Api.Exports;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Api.Security;
using KnowledgeGraph.Application.Exports;

var builder = WebApplication.CreateBuilder(args);
builder.AddKnowledgeGraphApi();
builder.Services.AddExports();
builder.Services.AddExplorer();
builder.Services.AddKnowledgeGraphSecurity(builder.Configuration);

var app = builder.Build();
app.UseKnowledgeGraphSecurity();
app.MapKnowledgeGraphApi();
app.MapExports();
app.MapExplorer();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
