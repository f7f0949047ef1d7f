namespace Crm.Bot.Protocol.Auth;

/// <summary>
/// The verdict on an inbound request. <see cref="StatusCode"/> is 401 for a bad or missing token and
/// 403 for a good token that does not cover this activity (endorsement or serviceUrl).
/// </summary>
public sealed record AuthOutcome(bool Succeeded, int StatusCode, string? Failure, string? CallerId, bool IsAnonymous)
{
    public static AuthOutcome Anonymous { get; } = new(true, 200, null, null, IsAnonymous: true);

    public static AuthOutcome Authenticated(string callerId) => new(true, 200, null, callerId, IsAnonymous: false);

    public static AuthOutcome Unauthorized(string failure) => new(false, 401, failure, null, false);

    public static AuthOutcome Forbidden(string failure) => new(false, 403, failure, null, false);
}
