using KnowledgeGraph.Core.Storage;
using KnowledgeGraph.Storage.Embedded;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.BrowserTests;

/// <summary>
/// The real API (its Program) over the embedded store on the given database file. The store registration is made
/// explicit here so that the tests read the seeded file whatever the API's default store configuration is.
/// </summary>
internal sealed class ExplorerApiFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IGraphStore>();
            services.RemoveAll<IEmbeddedStoreMaintenance>();
            services.AddEmbeddedGraphStore(options => options.Path = settings["EmbeddedStoreOptions:Path"]!);
        });
    }
}
