using System.Net;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Api.Security;

/// <summary>Tells loopback listen addresses (<c>127.0.0.1</c>, <c>[::1]</c>, <c>localhost</c>) from the rest (<c>0.0.0.0</c>, <c>*</c>, a LAN IP...).</summary>
internal static class ListenAddresses
{
    public static bool IsLoopback(string address)
    {
        string host;
        try
        {
            host = BindingAddress.Parse(address).Host;
        }
        catch (FormatException)
        {
            return false;
        }

        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }
}
