using System.Security.Cryptography;
using System.Text;

namespace Crm.Bot.Teams;

/// <summary>Fixed-length store keys for ids of any length (Teams channel thread ids are long).</summary>
internal static class ActivityKeys
{
    public static string Of(params string?[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts.Select(p => p ?? "")))));
}
