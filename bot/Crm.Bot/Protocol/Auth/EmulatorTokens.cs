using Microsoft.IdentityModel.JsonWebTokens;

namespace Crm.Bot.Protocol.Auth;

/// <summary>
/// Tokens from the Bot Framework Emulator (PROTOCOLS §2.2; SDK EmulatorValidation): Entra issuers of the
/// Bot Framework tenants (or the bot's own tenant for single-tenant bots), and the app id in <c>appid</c>
/// (token version 1.0) or <c>azp</c> (2.0). Any other version is refused.
/// </summary>
internal static class EmulatorTokens
{
    private static readonly string[] BotFrameworkTenants = ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"];

    public static IReadOnlyList<string> Issuers(BotOptions settings) =>
        BotFrameworkTenants.Concat(string.IsNullOrWhiteSpace(settings.TenantId) ? [] : [settings.TenantId])
            .SelectMany(tenant => new[] { $"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0" })
            .ToList();

    public static bool IsEmulatorIssuer(JsonWebToken token, BotOptions settings) =>
        Issuers(settings).Contains(token.Issuer, StringComparer.Ordinal);

    /// <summary>The app id the token names, by its version; false for an unknown version.</summary>
    public static bool NamesApp(IDictionary<string, object> claims, string appId)
    {
        var version = claims.TryGetValue("ver", out var ver) ? ver as string : null;
        var claim = version switch
        {
            null or "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        return claim is not null && claims.TryGetValue(claim, out var value) && value as string == appId;
    }
}
