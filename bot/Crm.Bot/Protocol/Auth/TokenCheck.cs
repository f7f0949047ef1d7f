namespace Crm.Bot.Protocol.Auth;

/// <summary>
/// A token's verdict before the activity is read (<see cref="Failure"/> set), or what it vouches for:
/// the channels its key is endorsed for and the service URL it was issued with.
/// </summary>
internal sealed record TokenCheck(AuthOutcome? Failure, IReadOnlySet<string>? Endorsements, string? ServiceUrlClaim)
{
    public static TokenCheck Anonymous { get; } = new(AuthOutcome.Anonymous, null, null);

    public static TokenCheck Failed(AuthOutcome failure) => new(failure, null, null);

    /// <summary>AUTH steps 4.7 and 4.8, against the activity the token came with.</summary>
    public AuthOutcome ForActivity(string? channelId, string? serviceUrl)
    {
        if (Failure is not null)
        {
            return Failure;
        }
        if (!string.IsNullOrEmpty(channelId) && Endorsements?.Contains(channelId) != true)
        {
            return AuthOutcome.Forbidden("signing key not endorsed for the channel");
        }
        if (string.IsNullOrEmpty(ServiceUrlClaim) || !string.Equals(ServiceUrlClaim, serviceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthOutcome.Forbidden("serviceurl claim missing or different from the activity's");
        }
        return AuthOutcome.Authenticated("urn:botframework:azure");
    }
}
