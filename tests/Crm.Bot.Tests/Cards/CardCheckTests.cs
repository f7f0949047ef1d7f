using System.Diagnostics;
using System.Globalization;
using Crm.Bot.Cards;
using Crm.Skills.Conversation;
using Xunit.Abstractions;

namespace Crm.Bot.Tests.Cards;

/// <summary>
/// Every card kind, in English and Chinese, checked by tests/cardcheck/check.mjs: the official
/// adaptivecards package parses, validates, round-trips and renders each one without a single
/// event. Needs `npm ci --prefix tests/cardcheck`; without it the test fails under CI=true and
/// otherwise says why and stops. Set CARDCHECK_SCHEMA to an Adaptive Card 1.5 JSON schema file to
/// also validate against it; set CARDCHECK_KEEP to a folder to keep the cards (and their text) there.
/// </summary>
public sealed class CardCheckTests(ITestOutputHelper output)
{
    [Fact]
    public async Task EveryCardKind_InBothLanguages_PassesTheAdaptiveCardsCheck()
    {
        var root = RepositoryRoot();
        if (!CheckInstalled(root))
            return;
        var keep = Environment.GetEnvironmentVariable("CARDCHECK_KEEP");
        var folder = keep is { Length: > 0 } ? Directory.CreateDirectory(keep) : Directory.CreateTempSubdirectory("crm-cards-");
        try
        {
            var written = WriteEveryCard(folder.FullName);

            var (exitCode, text) = await RunNodeAsync(root, folder.FullName);

            output.WriteLine(text);
            Assert.True(written >= 30, $"only {written} cards were written");
            Assert.Contains($"cardcheck: {written} cards, 0 problems", text, StringComparison.Ordinal);
            Assert.Equal(0, exitCode);
        }
        finally
        {
            if (keep is not { Length: > 0 })
                folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task CardCheck_CardsBrokenTheWaysThe15SchemaRejects_EachFail()
    {
        var root = RepositoryRoot();
        if (!CheckInstalled(root))
            return;
        var folder = Directory.CreateTempSubdirectory("crm-cards-bad-");
        try
        {
            var good = new Crm.Bot.Cards.Elements.AdaptiveCard([new Crm.Bot.Cards.Elements.TextBlock("ok")]).ToJson();
            var unknownProperty = good.DeepClone().AsObject();
            unknownProperty["body"]![0]!["colour"] = "red";
            var oldVersion = good.DeepClone().AsObject();
            oldVersion["version"] = "1.6";
            var stringFallback = good.DeepClone().AsObject();
            stringFallback["body"]![0]!["fallback"] = "Action.Submit";
            File.WriteAllText(Path.Combine(folder.FullName, "unknown-property.json"), unknownProperty.ToJsonString());
            File.WriteAllText(Path.Combine(folder.FullName, "old-version.json"), oldVersion.ToJsonString());
            File.WriteAllText(Path.Combine(folder.FullName, "string-fallback.json"), stringFallback.ToJsonString());

            var (exitCode, text) = await RunNodeAsync(root, folder.FullName);

            output.WriteLine(text);
            Assert.Equal(1, exitCode);
            Assert.Contains("unknown-property.json: adaptivecards ignores property .body[0].colour", text, StringComparison.Ordinal);
            Assert.Contains("old-version.json: version is \"1.6\"", text, StringComparison.Ordinal);
            Assert.Contains("string-fallback.json: $.body[0].fallback is a string", text, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private bool CheckInstalled(string root)
    {
        if (Directory.Exists(Path.Combine(root, "tests", "cardcheck", "node_modules", "adaptivecards")))
            return true;
        var why = "tests/cardcheck/node_modules is missing: run `npm ci --prefix tests/cardcheck` to check cards.";
        Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), why);
        output.WriteLine("SKIPPED: " + why);
        return false;
    }

    private static int WriteEveryCard(string folder)
    {
        var renderer = new CardReplyRenderer();
        File.WriteAllText(Path.Combine(folder, "every-element.json"), ElementsTests.EveryElement().ToJson().ToJsonString());
        var written = 1;
        foreach (var (language, locale, zone) in new[] { (ReplyLanguage.English, "en-US", "America/Denver"), (ReplyLanguage.Chinese, "zh-CN", "Asia/Shanghai") })
        {
            var context = new RenderContext(locale, TimeZoneInfo.FindSystemTimeZoneById(zone));
            foreach (var (name, result) in CardSamples.All(language))
            {
                var messages = renderer.Render(TurnReply.Of(language, result), context).Messages;
                foreach (var (message, i) in messages.Select((m, i) => (m, i)).Where(x => x.m.Card is not null))
                {
                    var file = Path.Combine(folder, $"{locale}-{name}-{i.ToString(CultureInfo.InvariantCulture)}");
                    File.WriteAllText(file + ".json", message.Card!.ToJsonString());
                    File.WriteAllText(file + ".txt", message.Text);
                    written++;
                }
            }
            foreach (var (name, message) in Notifications.NotificationCardSamples.All(language == ReplyLanguage.Chinese))
            {
                File.WriteAllText(Path.Combine(folder, $"{locale}-{name}.json"), message.Card!.ToJsonString());
                File.WriteAllText(Path.Combine(folder, $"{locale}-{name}.txt"), message.Text);
                written++;
            }
        }
        return written;
    }

    private static async Task<(int ExitCode, string Output)> RunNodeAsync(string root, string folder)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine("tests", "cardcheck", "check.mjs"));
        start.ArgumentList.Add(folder);
        if (Environment.GetEnvironmentVariable("CARDCHECK_SCHEMA") is { Length: > 0 } schema)
        {
            start.ArgumentList.Add("--schema");
            start.ArgumentList.Add(schema);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Crm.Bot.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Crm.Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
