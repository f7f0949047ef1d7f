using System.CommandLine;
using Crm.Bot.Cli;
using Crm.Bot.Hosting;
using Crm.Bot.Llm;
using Crm.Bot.Store;
using Crm.Data.Store;
using Crm.Data.Users;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bot.Chat;

/// <summary>
/// <c>chat --as USER</c>: a conversation with the bot in the terminal, through the same pipeline as
/// Teams. Reads lines from stdin when piped, or prompts when interactive; prints each reply as text.
/// </summary>
internal static class ChatCommand
{
    public static Command Create()
    {
        var user = new Option<string>("--as") { Description = "Who is talking: a user id (U-ALEX) or e-mail.", Required = true };
        var explain = new Option<bool>("--explain") { Description = "Also show how each message was understood." };
        var engine = new Option<string?>("--engine") { Description = "Understanding engine: embedded, llm or hybrid; default from Llm__Mode (embedded without Llm__Endpoint)." };
        var command = new Command("chat", "Talk to the bot in the terminal as a CRM user; type 'exit' or press Ctrl+D to stop.") { user, explain, engine };
        command.SetAction((result, ct) => CliErrors.GuardAsync(() => RunAsync(result.GetRequiredValue(user), result.GetValue(explain), result.GetValue(engine), ct)));
        return command;
    }

    private static async Task<int> RunAsync(string who, bool explain, string? engine, CancellationToken cancellationToken)
    {
        if (engine is not null && EngineOption.Check(engine) is { } problem)
            return CliErrors.Fail(problem);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddCrmStore();
        builder.Services.AddCrmBot();
        builder.AddCrmLlm(engine);
        using var host = builder.Build();
        await host.Services.MigrateCrmStoreAsync(cancellationToken);

        var speaker = await FindUserAsync(host.Services, who, cancellationToken);
        if (speaker is null)
            return CliErrors.Fail($"no user '{who}' in the store; use a user id or e-mail (see `export`).");

        var session = new ChatSession(host.Services, speaker, explain, Console.Out);
        var interactive = !Console.IsInputRedirected;
        if (interactive)
            Console.WriteLine($"Talking to Crm.Bot as {speaker.Name} ({speaker.Id}). Type 'exit' to stop.");
        while (!cancellationToken.IsCancellationRequested)
        {
            if (interactive)
                Console.Write("> ");
            var line = await Console.In.ReadLineAsync(cancellationToken);
            if (line is null || (interactive && line.Trim() is "exit" or "quit"))
                break;
            if (line.Trim().Length > 0)
                await session.SayAsync(line, cancellationToken);
        }
        return 0;
    }

    private static async Task<User?> FindUserAsync(IServiceProvider services, string who, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<CrmDbContext>().Users.AsNoTracking();
        var lower = who.Trim().ToLowerInvariant();
        return await users.FirstOrDefaultAsync(u => u.Id == who.Trim(), cancellationToken)
            ?? await users.FirstOrDefaultAsync(u => u.Email != null && u.Email.ToLower() == lower, cancellationToken);
    }
}
