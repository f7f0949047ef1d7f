using System.Buffers.Binary;
using System.CommandLine;
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using Crm.Bot.Teams;

namespace Crm.Bot.Tests.Teams;

/// <summary>PROTOCOLS §5 and §7.9: the package the <c>teams-package</c> command writes.</summary>
public sealed class TeamsPackageTests : IDisposable
{
    private const string BotAppId = "3c9b8f3e-5d1a-4c2b-9e7f-1a2b3c4d5e6f";
    private readonly string folder = Directory.CreateTempSubdirectory("crm-bot-package-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private (int ExitCode, string Error) Run(params string[] args)
    {
        var error = new StringWriter();
        var root = new RootCommand { TeamsPackageCommand.Create() };
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Error = error, Output = new StringWriter() });
        return (exit, error.ToString());
    }

    [Fact]
    public void TeamsPackage_WithAppId_WritesManifestWithRealIdsAndBothIcons()
    {
        var zipPath = Path.Combine(folder, "crm-bot.zip");

        var (exit, _) = Run("teams-package", "--app-id", BotAppId, "--domain", "crm.contoso.example", "--package-version", "1.2.3", "--out", zipPath);

        Assert.Equal(0, exit);
        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png", "zh-cn.json"], zip.Entries.Select(e => e.FullName).Order());
        var manifestText = new StreamReader(zip.GetEntry("manifest.json")!.Open()).ReadToEnd();
        Assert.DoesNotContain("${{", manifestText, StringComparison.Ordinal);
        var manifest = JsonNode.Parse(manifestText)!;
        Assert.Equal(("1.29", "1.2.3", BotAppId, BotAppId), (manifest["manifestVersion"]!.GetValue<string>(), manifest["version"]!.GetValue<string>(), manifest["id"]!.GetValue<string>(), manifest["bots"]![0]!["botId"]!.GetValue<string>()));
        Assert.Equal("https://crm.contoso.example/privacy", manifest["developer"]!["privacyUrl"]!.GetValue<string>());
        Assert.Equal((192, 192, 6), PngHeader(zip, "color.png"));
        Assert.Equal((32, 32, 6), PngHeader(zip, "outline.png"));
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("{3c9b8f3e-5d1a-4c2b-9e7f-1a2b3c4d5e6f}")]
    public void TeamsPackage_AppIdNotAGuid_FailsWithReasonAndWritesNothing(string appId)
    {
        var zipPath = Path.Combine(folder, "bad.zip");

        var (exit, error) = Run("teams-package", "--app-id", appId, "--out", zipPath);

        Assert.Equal(2, exit);
        Assert.Contains("--app-id must be a GUID", error, StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }

    /// <summary>
    /// Runs manifests/validate.mjs (schema v1.29 from @microsoft/app-manifest, offline) on the sources and on
    /// a built package. Needs <c>npm ci</c> in manifests/; CI must have run it, so there a missing install fails.
    /// </summary>
    [Fact]
    public void ManifestValidation_SourcesAndBuiltPackage_PassTheOfficialSchema()
    {
        var manifests = Path.Combine(RepositoryRoot(), "manifests");
        if (!Directory.Exists(Path.Combine(manifests, "node_modules", "@microsoft", "app-manifest")))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "Run `npm ci` in manifests/ before the tests in CI.");
            return;
        }
        var unpacked = Path.Combine(folder, "unpacked");
        using (var stream = File.Create(Path.Combine(folder, "p.zip")))
        {
            TeamsPackage.Write(new TeamsPackageSettings(BotAppId, "8a1f2e3d-4c5b-4a69-8877-665544332211", "crm.contoso.example"), stream);
        }
        ZipFile.ExtractToDirectory(Path.Combine(folder, "p.zip"), unpacked);

        Assert.Equal((0, ""), Node(manifests, "validate.mjs"));
        Assert.Equal((0, ""), Node(manifests, "validate.mjs", unpacked));
    }

    private static (int, string) Node(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = workingDirectory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit(60_000);
        return (process.ExitCode, error.Result);
    }

    private static (int Width, int Height, byte ColorType) PngHeader(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        var header = new byte[26];
        stream.ReadExactly(header);
        return (BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)), header[25]);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Crm.Bot.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Crm.Bot.sln not found above the test binaries.");
    }
}
