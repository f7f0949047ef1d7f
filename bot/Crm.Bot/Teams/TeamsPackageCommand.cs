using System.CommandLine;

namespace Crm.Bot.Teams;

/// <summary>
/// <c>teams-package --app-id GUID [--teams-app-id GUID] [--domain HOST] [--package-version x.y.z] --out crm-bot.zip</c>:
/// the Teams app package for one bot registration, ready to upload. Register it on the CLI root.
/// </summary>
public static class TeamsPackageCommand
{
    public static Command Create()
    {
        var appId = new Option<string>("--app-id") { Description = "The Azure Bot's Microsoft App ID (GUID).", Required = true };
        var teamsAppId = new Option<string?>("--teams-app-id") { Description = "The Teams app id (GUID); defaults to --app-id." };
        var domain = new Option<string>("--domain") { Description = "Host the bot is served from (privacy/terms URLs, validDomains).", DefaultValueFactory = _ => "localhost" };
        var version = new Option<string?>("--package-version") { Description = "Package version x.y.z; bump it for every change." };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the zip.", DefaultValueFactory = _ => new FileInfo("crm-bot.zip") };
        var command = new Command("teams-package", "Build the Microsoft Teams app package (manifest + icons) with real ids.")
        {
            appId, teamsAppId, domain, version, output,
        };
        command.SetAction(parse =>
        {
            var id = parse.GetValue(appId)!;
            var settings = new TeamsPackageSettings(id, parse.GetValue(teamsAppId) ?? id, parse.GetValue(domain)!, parse.GetValue(version));
            if (TeamsPackage.Problem(settings) is { } problem)
            {
                parse.InvocationConfiguration.Error.WriteLine(problem);
                return 2;
            }
            var file = parse.GetValue(output)!;
            using (var stream = File.Create(file.FullName))
            {
                TeamsPackage.Write(settings, stream);
            }
            parse.InvocationConfiguration.Output.WriteLine($"Wrote {file.FullName}");
            return 0;
        });
        return command;
    }
}
