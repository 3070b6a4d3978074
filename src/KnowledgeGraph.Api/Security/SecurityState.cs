using KnowledgeGraph.Application.Security;

namespace KnowledgeGraph.Api.Security;

/// <summary>What the start-up check decided: whether anonymous callers are let in, and with which role. Requests wait for it.</summary>
internal sealed class SecurityState
{
    private volatile bool _ready;

    public bool IsReady => _ready;

    public bool IsOpen { get; private set; }

    public ApiRole OpenRole { get; private set; } = ApiRole.Editor;

    /// <summary>The role an anonymous caller gets: the open role on an open server, none otherwise.</summary>
    public ApiRole? AnonymousRole => IsOpen ? OpenRole : null;

    public void Decide(bool open, ApiRole openRole)
    {
        IsOpen = open;
        OpenRole = openRole;
        _ready = true;
    }
}
