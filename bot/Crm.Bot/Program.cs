using Crm.Bot.Cli;
using Crm.Bot.Store;

// The command line decides what runs: `serve` (the default) builds the web host below;
// `import` and `export` work on the store directly (see Cli/CrmCommandLine.cs for the list).
return await CrmCommandLine.Create(BuildWebApp).InvokeAsync(args);

static WebApplication BuildWebApp(string[] args)
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Services.AddSingleton(TimeProvider.System);
    builder.AddCrmStore();
    builder.AddCrmDemoData();

    var app = builder.Build();
    app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
    return app;
}

/// <summary>Visible to WebApplicationFactory in tests.</summary>
public partial class Program;
