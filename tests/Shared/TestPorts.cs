using System.Net;
using System.Net.Sockets;

namespace KnowledgeGraph.Tests.Shared;

/// <summary>
/// Ports for servers that tests start. They are drawn below Linux's ephemeral range (32768 and up): a port probed free
/// with port 0 comes from that range, and the kernel can hand it to another test's outgoing connection before the
/// server binds it. Linked into the test projects that start servers (tests/Shared is not a project).
/// </summary>
public static class TestPorts
{
    /// <summary>A random port below the ephemeral range; the caller binds it and draws again if that fails.</summary>
    public static int Candidate() => Random.Shared.Next(20_000, 32_000);

    /// <summary>
    /// A port below the ephemeral range that was free on every address just now, for a server in another process,
    /// which cannot draw again itself.
    /// </summary>
    public static int Free()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = Candidate();
            try
            {
                using var any = new TcpListener(IPAddress.Any, port);
                any.Start();
                return port;
            }
            catch (SocketException) when (attempt < 100)
            {
                // Taken (by another test's server): draw again.
            }
        }
    }
}
