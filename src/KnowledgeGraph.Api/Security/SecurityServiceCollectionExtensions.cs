using System.Globalization;
using System.Threading.RateLimiting;
using GraphQL;
using GraphQL.Execution;
using KnowledgeGraph.Application.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Security;

/// <summary>Registers authentication (API keys, JWT), GraphQL authorization, rate limits, CORS and the start-up check.</summary>
public static class SecurityServiceCollectionExtensions
{
    /// <summary>
    /// Adds the API's security. Call after <c>AddKnowledgeGraphApi</c> (it wraps the API's GraphQL error provider), and
    /// pair it with <see cref="SecurityApplicationBuilderExtensions.UseKnowledgeGraphSecurity"/>.
    /// </summary>
    public static IServiceCollection AddKnowledgeGraphSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        // Options read the (live) configuration at first use, so that settings added after this call still count.
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection(SecurityOptions.SectionName));
        services.AddOptions<GraphQLExposureOptions>().Bind(configuration.GetSection(GraphQLExposureOptions.SectionName));
        services.AddOptions<RateLimitingOptions>().Bind(configuration.GetSection(RateLimitingOptions.SectionName));
        services.AddOptions<CorsSettings>().Bind(configuration.GetSection(CorsSettings.SectionName));
        services.AddSingleton(sp => new ApiKeyStore(SecurityConfiguration.ResolveApiKeysPath(sp.GetRequiredService<IConfiguration>())));
        services.AddSingleton<SecurityState>();
        services.AddScoped<GraphQLAuthorizationOutcome>();
        services.AddHostedService<SecurityStartupCheck>();

        services.AddAuthentication(SecuritySchemes.Default)
            .AddPolicyScheme(SecuritySchemes.Default, "API key or bearer token", o => o.ForwardDefaultSelector = SelectScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(SecuritySchemes.ApiKey, null)
            .AddJwtBearer(SecuritySchemes.Bearer);
        services.AddOptions<JwtBearerOptions>(SecuritySchemes.Bearer)
            .Configure<IOptions<SecurityOptions>>((jwt, security) => JwtBearerSetup.Configure(jwt, security.Value.Jwt));

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<RateLimitingOptions>>((limiter, settings) => ConfigureRateLimiter(limiter, settings.Value));

        services.AddCors();
        services.AddOptions<CorsOptions>()
            .Configure<IOptions<CorsSettings>>((cors, settings) => ConfigureCors(cors, settings.Value));

        services.AddGraphQL(graphql => graphql
            .AddValidationRule<GraphQLAuthorizationRule>(true)
            .AddValidationRule<IntrospectionSwitchRule>(true));
        DecorateErrorInfoProvider(services);
        return services;
    }

    /// <summary>An <c>X-Api-Key</c> header or a <c>kg_</c> key goes to the key handler; other bearer tokens to JWT when it is configured.</summary>
    private static string SelectScheme(HttpContext http)
    {
        if (!string.IsNullOrEmpty(http.Request.Headers[SecuritySchemes.ApiKeyHeader]))
        {
            return SecuritySchemes.ApiKey;
        }

        var authorization = http.Request.Headers.Authorization.ToString();
        var jwt = http.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.Jwt;
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && !authorization[7..].TrimStart().StartsWith(ApiKeyStore.Prefix, StringComparison.Ordinal)
            && jwt.IsConfigured
                ? SecuritySchemes.Bearer
                : SecuritySchemes.ApiKey;
    }

    private static void ConfigureRateLimiter(RateLimiterOptions limiter, RateLimitingOptions settings)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
        {
            if (!settings.Enabled || http.Request.Path.StartsWithSegments("/healthz") || http.Request.Path.StartsWithSegments("/readyz"))
            {
                return RateLimitPartition.GetNoLimiter(string.Empty);
            }

            // A refused credential counts against the caller's address, like no credential.
            var client = ApiPrincipals.IsAuthenticated(http.User) && http.Features.Get<CredentialOutcome>()?.Failure is null
                ? "principal:" + ApiPrincipals.ActorOf(http.User)
                : "address:" + http.Connection.RemoteIpAddress;
            return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, settings.PermitLimit),
                Window = settings.Window > TimeSpan.Zero ? settings.Window : TimeSpan.FromSeconds(1),
                QueueLimit = Math.Max(0, settings.QueueLimit),
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            });
        });
        limiter.OnRejected = async (context, cancellationToken) =>
        {
            var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                : Math.Max(1, (int)Math.Ceiling(settings.Window.TotalSeconds));
            context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await SecurityResponses.WriteErrorAsync(
                context.HttpContext,
                StatusCodes.Status429TooManyRequests,
                SecurityErrorCodes.RateLimited,
                $"Too many requests: at most {settings.PermitLimit} per {settings.Window.TotalSeconds:0.#} s per client; retry after {seconds} s.").ConfigureAwait(false);
        };
    }

    private static void ConfigureCors(CorsOptions cors, CorsSettings settings)
    {
        var origins = settings.AllowedOrigins.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim().TrimEnd('/')).ToArray();
        if (origins.Length == 0)
        {
            return;
        }

        cors.AddDefaultPolicy(policy =>
        {
            if (origins.Contains("*"))
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins(origins);
            }

            policy.WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("Content-Type", "Accept", "Authorization", SecuritySchemes.ApiKeyHeader)
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10));
        });
    }

    private static void DecorateErrorInfoProvider(IServiceCollection services)
    {
        var original = services.LastOrDefault(d => d.ServiceType == typeof(IErrorInfoProvider))
            ?? throw new InvalidOperationException("Call AddKnowledgeGraphSecurity after AddKnowledgeGraphApi: no GraphQL error provider is registered yet.");
        services.Remove(original);
        services.AddSingleton<IErrorInfoProvider>(sp => new SecurityErrorInfoProvider(
            original.ImplementationInstance as IErrorInfoProvider
            ?? (original.ImplementationFactory is { } factory
                ? (IErrorInfoProvider)factory(sp)
                : (IErrorInfoProvider)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!))));
    }
}
