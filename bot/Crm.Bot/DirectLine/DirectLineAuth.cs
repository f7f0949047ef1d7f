using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Crm.Bot.DirectLine;

/// <summary>
/// Who is calling: the secret holder (any conversation) or a token holder (its one conversation, as
/// its user). Missing or malformed auth is 401; a bad, expired or foreign token is 403 (DL error table).
/// </summary>
public sealed class DirectLineAuth(DirectLineTokens tokens, IOptions<DirectLineOptions> options)
{
    public DirectLineCaller Authenticate(HttpRequest request) =>
        Authenticate(BearerOf(request.Headers.Authorization.ToString()));

    public DirectLineCaller Authenticate(string? credential)
    {
        if (string.IsNullOrWhiteSpace(credential))
        {
            return DirectLineCaller.Refused(DirectLineJson.Error(401, "MissingAuth", "Send Authorization: Bearer <secret or token>."));
        }
        if (options.Value.Secret is { Length: > 0 } secret
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credential), Encoding.UTF8.GetBytes(secret)))
        {
            return new DirectLineCaller(true, null, null);
        }
        var (claims, failure) = tokens.Validate(credential);
        return claims is not null
            ? new DirectLineCaller(false, claims, null)
            : DirectLineCaller.Refused(DirectLineJson.Error(403, failure!, failure == "TokenExpired" ? "The token has expired." : "The token is not valid."));
    }

    /// <summary>As <see cref="Authenticate(HttpRequest)"/>, and the caller may use conversation <paramref name="conversationId"/>.</summary>
    public DirectLineCaller AuthenticateFor(HttpRequest request, string conversationId)
    {
        var caller = Authenticate(request);
        return caller.Failure is null && !caller.MayUse(conversationId)
            ? DirectLineCaller.Refused(DirectLineJson.Error(403, "Forbidden", "The token is for another conversation."))
            : caller;
    }

    private static string? BearerOf(string header) =>
        header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
}

/// <param name="IsSecret">Authenticated with the Direct Line secret.</param>
/// <param name="Token">The token's claims, when authenticated with one.</param>
/// <param name="Failure">The response to send when refused.</param>
public sealed record DirectLineCaller(bool IsSecret, TokenClaims? Token, IResult? Failure)
{
    public static DirectLineCaller Refused(IResult failure) => new(false, null, failure);

    public bool MayUse(string conversationId) => IsSecret || Token?.ConversationId == conversationId;
}
