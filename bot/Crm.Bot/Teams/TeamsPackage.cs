using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;

namespace Crm.Bot.Teams;

/// <summary>What makes a Teams app package specific to one bot registration.</summary>
/// <param name="BotAppId">The Azure Bot's Microsoft App ID (bots[0].botId).</param>
/// <param name="TeamsAppId">The Teams app id (manifest id).</param>
/// <param name="Domain">Host name the bot is served from: developer URLs and validDomains.</param>
/// <param name="Version">Package version (x.y.z); Teams needs a new one for every change.</param>
public sealed record TeamsPackageSettings(string BotAppId, string TeamsAppId, string Domain, string? Version = null);

/// <summary>
/// Builds the Teams app package (TMAN apps-package): a zip with manifest.json, its localization file
/// and both icons at the root, the placeholders of <c>manifests/</c> filled with real ids.
/// </summary>
public static class TeamsPackage
{
    public static readonly IReadOnlyList<string> Files = ["manifest.json", "zh-cn.json", "color.png", "outline.png"];

    /// <summary>Why the settings cannot make a valid package, or null when they can.</summary>
    public static string? Problem(TeamsPackageSettings settings) =>
        !Guid.TryParseExact(settings.BotAppId, "D", out _) ? "--app-id must be a GUID (the Azure Bot's Microsoft App ID)."
        : !Guid.TryParseExact(settings.TeamsAppId, "D", out _) ? "--teams-app-id must be a GUID."
        : Uri.CheckHostName(settings.Domain) is UriHostNameType.Unknown ? "--domain must be a host name such as crm-bot.contoso.com."
        : settings.Version is { } v && !System.Text.RegularExpressions.Regex.IsMatch(v, @"^\d+\.\d+\.\d+$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)) ? "--package-version must look like 1.2.3."
        : null;

    public static void Write(TeamsPackageSettings settings, Stream output)
    {
        if (Problem(settings) is { } problem)
        {
            throw new ArgumentException(problem, nameof(settings));
        }
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var name in Files)
        {
            var bytes = Read(name);
            if (name.EndsWith(".json", StringComparison.Ordinal))
            {
                bytes = Encoding.UTF8.GetBytes(Fill(Encoding.UTF8.GetString(bytes), settings, name == "manifest.json"));
            }
            using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
            entry.Write(bytes);
        }
    }

    private static string Fill(string json, TeamsPackageSettings settings, bool isManifest)
    {
        var filled = json
            .Replace("${{TEAMS_APP_ID}}", settings.TeamsAppId, StringComparison.Ordinal)
            .Replace("${{BOT_ID}}", settings.BotAppId, StringComparison.Ordinal)
            .Replace("${{BOT_DOMAIN}}", settings.Domain, StringComparison.Ordinal);
        if (!isManifest || settings.Version is null)
        {
            return filled;
        }
        var manifest = JsonNode.Parse(filled)!.AsObject();
        manifest["version"] = settings.Version;
        return manifest.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(TeamsPackage).Assembly.GetManifestResourceStream($"TeamsPackage/{name}")
            ?? throw new InvalidOperationException($"The package file {name} is not embedded in this build.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
