using KnowledgeGraph.Application.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Security;

/// <summary>
/// Once the server listens, decides whether it is open (see <see cref="SecurityOptions.Open"/>) and refuses to go on
/// (logs why, stops the host, exit code 3) when it listens on a non-loopback address without authentication
/// configured, when it is told to be open there, or when the JWT or role settings are unusable. Until the decision,
/// requests get 503.
/// </summary>
internal sealed partial class SecurityStartupCheck(
    IServer server,
    IOptions<SecurityOptions> options,
    ApiKeyStore keys,
    SecurityState state,
    IHostApplicationLifetime lifetime,
    ILogger<SecurityStartupCheck> logger) : IHostedLifecycleService
{
    public const int RefusedExitCode = 3;

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        var exposed = addresses.Where(a => !ListenAddresses.IsLoopback(a)).ToList();
        var activeKeys = await keys.CountActiveAsync(cancellationToken).ConfigureAwait(false);
        var problems = settings.Jwt.Problems().ToList();
        if (!ApiRoles.TryParse(settings.OpenRole, out var openRole) || openRole == ApiRole.Admin)
        {
            problems.Add($"Security:OpenRole must be '{ApiRoles.Reader}' or '{ApiRoles.Editor}' (got '{settings.OpenRole}')");
        }

        if (exposed.Count > 0 && settings.Open == true && !settings.OpenOnAnyAddress)
        {
            problems.Add(
                $"Security:Open=true lets anyone read and write, but the server listens on {string.Join(", ", exposed)}, which is not a loopback address. " +
                "Remove Security:Open (authentication is then required), listen on 127.0.0.1, or, in a container published only on the host's " +
                "loopback, add Security:OpenOnAnyAddress=true");
        }
        else if (exposed.Count > 0 && settings.Open != true && activeKeys == 0 && !settings.Jwt.IsConfigured)
        {
            problems.Add(
                $"the server listens on {string.Join(", ", exposed)}, which is not a loopback address, and no authentication is configured. " +
                $"Create a key ('kg keys create --name NAME --role admin', key file {keys.Path}) or configure Security:Jwt " +
                "(Issuer, Audience, SigningKey or Authority), or listen on 127.0.0.1 only (in a container published only on the host's loopback: " +
                "Security:Open=true and Security:OpenOnAnyAddress=true)");
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                LogRefused(logger, problem);
            }

            Environment.ExitCode = RefusedExitCode;
            lifetime.StopApplication();
            return;
        }

        var open = settings.Open ?? exposed.Count == 0;
        if (open && exposed.Count > 0)
        {
            LogOpenOnNetwork(logger, string.Join(", ", exposed));
        }

        state.Decide(open, openRole);
        LogDecision(
            logger,
            open ? $"open: callers without a credential act as 'anonymous' with role {openRole.ToName()}" : "closed: every request needs an API key or a bearer token",
            activeKeys,
            settings.Jwt.IsConfigured ? "configured" : "not configured");
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Critical, Message = "Refusing to start: {Problem}")]
    private static partial void LogRefused(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Security: open on {Addresses} (Security:OpenOnAnyAddress=true): anyone who reaches these addresses can read and write")]
    private static partial void LogOpenOnNetwork(ILogger logger, string addresses);

    [LoggerMessage(Level = LogLevel.Information, Message = "Security: {Mode}; {Keys} active API key(s); JWT {Jwt}")]
    private static partial void LogDecision(ILogger logger, string mode, int keys, string jwt);
}
