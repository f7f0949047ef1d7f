using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Crm.Bot.DirectLine;

/// <summary>
/// Direct Line tokens: compact JWTs (HS256) signed with a key drawn at process start, so a restart
/// invalidates every token. Each names one conversation and, when a user was chosen, the user id
/// (the <c>user</c> claim DLJS and Web Chat read to set <c>from.id</c>).
/// </summary>
public sealed class DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private static readonly string Header = Encode("""{"alg":"HS256","typ":"JWT"}"""u8.ToArray());
    private readonly byte[] key = RandomNumberGenerator.GetBytes(32);

    public TimeSpan Lifetime => options.Value.TokenLifetime;

    public string Issue(string conversationId, string? userId)
    {
        var now = time.GetUtcNow();
        var claims = new TokenClaims(conversationId, userId, now.ToUnixTimeSeconds(), now.Add(Lifetime).ToUnixTimeSeconds());
        var body = $"{Header}.{Encode(JsonSerializer.SerializeToUtf8Bytes(claims))}";
        return $"{body}.{Encode(Sign(body))}";
    }

    /// <summary>The token's claims, or why it is refused: <c>TokenExpired</c> or <c>BadToken</c>.</summary>
    public (TokenClaims? Claims, string? Failure) Validate(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Header)
        {
            return (null, "BadToken");
        }
        var expected = Sign($"{parts[0]}.{parts[1]}");
        if (Decode(parts[2]) is not { } signature || !CryptographicOperations.FixedTimeEquals(signature, expected))
        {
            return (null, "BadToken");
        }
        var claims = Decode(parts[1]) is { } payload ? JsonSerializer.Deserialize<TokenClaims>(payload) : null;
        if (claims is null || string.IsNullOrEmpty(claims.ConversationId))
        {
            return (null, "BadToken");
        }
        return claims.ExpiresAt <= time.GetUtcNow().ToUnixTimeSeconds() ? (null, "TokenExpired") : (claims, null);
    }

    private byte[] Sign(string body) => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(body));

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[]? Decode(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var written) ? buffer[..written] : null;
    }
}

/// <summary>What a token grants: one conversation, optionally as one user, until <see cref="ExpiresAt"/> (Unix seconds).</summary>
public sealed record TokenClaims(
    [property: JsonPropertyName("conv")] string ConversationId,
    [property: JsonPropertyName("user"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? UserId,
    [property: JsonPropertyName("iat")] long IssuedAt,
    [property: JsonPropertyName("exp")] long ExpiresAt);
