using System.Net;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Fake;

/// <summary>A scripted failure: the next request matching <see cref="Matches"/> gets this status and error instead of an answer.</summary>
internal sealed record FakeFault(HttpStatusCode Status, string? ErrorCode, string Message, Func<RecordedRequest, bool> Matches)
{
    public static FakeFault ServiceUnavailable(Func<RecordedRequest, bool>? matches = null) =>
        new(HttpStatusCode.ServiceUnavailable, null, "Service Unavailable", matches ?? (_ => true));

    public static FakeFault Transient(Func<RecordedRequest, bool>? matches = null) =>
        new(HttpStatusCode.BadRequest, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire ExclusiveLock", matches ?? (_ => true));

    public static FakeFault Client(string code = "Neo.ClientError.Statement.SyntaxError", Func<RecordedRequest, bool>? matches = null) =>
        new(HttpStatusCode.BadRequest, code, "Invalid input", matches ?? (_ => true));
}
