using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Crm.Bot.Protocol.Auth;

/// <summary>
/// Tokens this process has already validated. The Bot Connector sends the same token with every activity
/// for about an hour, and checking its RSA signature again each time was about 3% of the bot's CPU under
/// load. A token is remembered only after it passed every check, by a hash of the whole token (a token
/// changed in any byte is a stranger), with the key that signed it. It is taken back only while it has not
/// expired (with the same skew as the full check) and while the key set still holds that same key: a key
/// withdrawn from the issuer's set on a refresh takes its tokens with it. The per-activity checks (the
/// key's endorsement for the channel, the serviceurl claim) still run on every activity.
/// </summary>
internal sealed class ValidatedTokens(TimeProvider time, TimeSpan skew)
{
    /// <summary>Enough for every token the Bot Connector and the Emulator use at once; past it, start again.</summary>
    private const int Limit = 1_000;
    private readonly ConcurrentDictionary<string, Remembered> tokens = new(StringComparer.Ordinal);

    /// <summary>What a token passed, the key that signed it (by key id and issuer's key set), and when it expires.</summary>
    internal sealed record Remembered(TokenCheck Check, string KeyId, bool Emulator, EndorsedKey Key, DateTimeOffset Expires);

    public Remembered? Find(string token) =>
        tokens.TryGetValue(Hash(token), out var remembered) && time.GetUtcNow() < remembered.Expires + skew ? remembered : null;

    public void Remember(string token, Remembered remembered)
    {
        if (tokens.Count >= Limit)
        {
            tokens.Clear();
        }
        tokens[Hash(token)] = remembered;
    }

    public void Forget(string token) => tokens.TryRemove(Hash(token), out _);

    /// <summary>The cache holds hashes, not bearer tokens.</summary>
    private static string Hash(string token) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
