using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Crm.Bot.Protocol.Auth;

/// <summary>
/// Checks the Bot Connector's bearer token exactly as AUTH "Step 4" and the SDK's ChannelValidation do:
/// Bearer scheme, RS256/384/512 only, issuer, audience = our app id, lifetime with 5 minutes' skew and
/// a known signing key; then, per activity, the key's endorsement for its channel and a <c>serviceurl</c>
/// claim equal to its serviceUrl. With no app id configured (local mode) a request without a token is anonymous.
/// A token that passed is remembered (<see cref="ValidatedTokens"/>) until it expires or its key is withdrawn.
/// </summary>
internal sealed class BotAuthenticator(
    [FromKeyedServices(SigningKeys.Channel)] SigningKeys channelKeys,
    [FromKeyedServices(SigningKeys.Emulator)] SigningKeys emulatorKeys,
    IOptions<BotOptions> options,
    TimeProvider time,
    ILogger<BotAuthenticator> logger)
{
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };
    private readonly ValidatedTokens validated = new(time, Skew);

    public async Task<TokenCheck> ValidateAsync(string? authorization, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.IsLocalMode && string.IsNullOrEmpty(authorization))
        {
            return TokenCheck.Anonymous;
        }
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal)
            || authorization.IndexOf(' ', "Bearer ".Length) >= 0) // one space only, found without splitting a kilobyte token
        {
            return TokenCheck.Failed(AuthOutcome.Unauthorized("missing or malformed Authorization header"));
        }
        if (settings.IsLocalMode)
        {
            // Without an app id there is nothing to validate a token against; refuse rather than guess.
            return TokenCheck.Failed(AuthOutcome.Unauthorized("a token was sent but no app id is configured"));
        }
        var token = authorization["Bearer ".Length..];
        if (await RememberedAsync(token, cancellationToken) is { } check)
        {
            return check;
        }
        if (!handler.CanReadToken(token))
        {
            return TokenCheck.Failed(AuthOutcome.Unauthorized("not a JWT"));
        }
        var header = handler.ReadJsonWebToken(token);
        if (!AllowedAlgorithms.Contains(header.Alg, StringComparer.Ordinal) || string.IsNullOrEmpty(header.Kid))
        {
            return TokenCheck.Failed(AuthOutcome.Unauthorized("algorithm or key id not allowed"));
        }
        // The issuer picks the key set; the validation below then insists on that same issuer.
        var emulator = EmulatorTokens.IsEmulatorIssuer(header, settings);
        var key = await FindKeyAsync(emulator ? emulatorKeys : channelKeys, header.Kid, cancellationToken);
        if (key is null)
        {
            return TokenCheck.Failed(AuthOutcome.Unauthorized("unknown signing key"));
        }
        var result = await handler.ValidateTokenAsync(token, Parameters(settings, key, emulator ? EmulatorTokens.Issuers(settings) : settings.Issuers));
        if (!result.IsValid)
        {
            return TokenCheck.Failed(AuthOutcome.Unauthorized(result.Exception?.GetType().Name ?? "invalid token"));
        }
        if (emulator && !EmulatorTokens.NamesApp(result.Claims, settings.MicrosoftAppId!))
        {
            return TokenCheck.Failed(AuthOutcome.Unauthorized("emulator token version or app id claim wrong"));
        }
        var passed = emulator
            ? TokenCheck.FromEmulator
            : new TokenCheck(null, key.Endorsements, result.Claims.TryGetValue("serviceurl", out var claim) ? claim as string : null);
        validated.Remember(token, new ValidatedTokens.Remembered(passed, header.Kid, emulator, key, new DateTimeOffset(DateTime.SpecifyKind(result.SecurityToken.ValidTo, DateTimeKind.Utc))));
        return passed;
    }

    /// <summary>The verdict on a token that passed before, while it is unexpired and its key is still the issuer's.</summary>
    private async Task<TokenCheck?> RememberedAsync(string token, CancellationToken cancellationToken)
    {
        if (validated.Find(token) is not { } remembered)
        {
            return null;
        }
        var key = await FindKeyAsync(remembered.Emulator ? emulatorKeys : channelKeys, remembered.KeyId, cancellationToken);
        if (ReferenceEquals(key, remembered.Key))
        {
            return remembered.Check;
        }
        validated.Forget(token);
        return null;
    }

    private async Task<EndorsedKey?> FindKeyAsync(SigningKeys keys, string keyId, CancellationToken cancellationToken)
    {
        try
        {
            return await keys.FindAsync(keyId, cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or System.Text.Json.JsonException or InvalidOperationException or ArgumentException)
        {
            logger.LogError(exception, "Could not load the bot signing keys");
            return null;
        }
    }

    private TokenValidationParameters Parameters(BotOptions settings, EndorsedKey key, IReadOnlyList<string> issuers) => new()
    {
        ValidIssuers = issuers,
        ValidAudience = settings.MicrosoftAppId,
        IssuerSigningKey = key.Key,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = AllowedAlgorithms,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateIssuerSigningKey = true,
        ClockSkew = Skew,
        LifetimeValidator = ValidLifetime,
    };

    /// <summary>nbf/exp with 5 minutes' skew (AUTH step 4.5), read on the injected clock rather than the machine's.</summary>
    private bool ValidLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return expires is { } exp && exp.ToUniversalTime() > now - Skew && (notBefore is not { } nbf || nbf.ToUniversalTime() <= now + Skew);
    }
}
