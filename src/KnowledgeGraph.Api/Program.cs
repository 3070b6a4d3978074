using KnowledgeGraph.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddKnowledgeGraphApi();

var app = builder.Build();
app.MapKnowledgeGraphApi();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
