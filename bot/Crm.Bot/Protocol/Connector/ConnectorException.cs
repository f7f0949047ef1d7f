using System.Net;

namespace Crm.Bot.Protocol.Connector;

/// <summary>A Connector call that failed for good; <see cref="Code"/> is the ErrorResponse code (e.g. MessageWritesBlocked).</summary>
public sealed class ConnectorException(HttpStatusCode status, string? code, string message) : Exception(message)
{
    public HttpStatusCode Status { get; } = status;
    public string? Code { get; } = code;
}
