using Crm.Bot.Cli;
using Crm.Bot.DirectLine;
using Crm.Bot.Hosting;
using Crm.Bot.Llm;
using Crm.Bot.Notifications;
using Crm.Bot.Store;
using Crm.Bot.Teams;
using Crm.Bot.WebChat;

// The command line decides what runs: `serve` (the default) builds the web host below; the other
// commands work on the store directly (see Cli/CrmCommandLine.cs for the list).
return await CrmCommandLine.Create(BuildWebApp).InvokeAsync(args);

static WebApplication BuildWebApp(string[] args)
{
    // No configuration reload: watching appsettings.json for changes puts recursive file watchers on the
    // working directory (node_modules, the database's own directory…), and every file written there then
    // costs the bot CPU (measured: 8% of it under load). Settings are read once at start; restart to change
    // them. Only the environment variable reaches every part of the web host's set-up; an argument does not.
    if (Environment.GetEnvironmentVariable(ReloadConfigOnChange) is null)
    {
        Environment.SetEnvironmentVariable(ReloadConfigOnChange, "false");
    }
    var builder = WebApplication.CreateBuilder(args);
    // `dotnet run` starts the host in the caller's directory (so relative paths on the command line mean
    // what the caller meant), where the app's own appsettings.json is not: read it from beside the app as
    // the lowest-priority source, so its defaults (quiet EF Core logging) hold and anything else overrides them.
    var appDefaults = new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
    {
        Path = Path.Combine(AppContext.BaseDirectory, "appsettings.json"), Optional = true,
    };
    appDefaults.ResolveFileProvider();
    builder.Configuration.Sources.Insert(0, appDefaults);
    builder.Services.AddSingleton(TimeProvider.System);
    builder.AddCrmStore();
    builder.AddCrmDemoData();
    builder.Services.AddCrmBot();
    builder.AddCrmLlm();
    builder.AddDirectLine();
    builder.AddCrmNotifications();

    var app = builder.Build();
    app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
    app.MapBotMessages();
    app.MapWebChat();
    return app;
}

/// <summary>Visible to WebApplicationFactory in tests.</summary>
public partial class Program
{
    private const string ReloadConfigOnChange = "DOTNET_hostBuilder__reloadConfigOnChange";
}
