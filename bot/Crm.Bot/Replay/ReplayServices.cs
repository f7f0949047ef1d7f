using Crm.Bot.Hosting;
using Crm.Bot.Llm;
using Crm.Data.Store;
using Crm.Data.Store.Templates;

namespace Crm.Bot.Replay;

/// <summary>
/// The product's services as replay runs them: the same skills, engine, cards and Teams pipeline the
/// live endpoint uses, with the clock pinned per turn and the store swapped for each case's copy.
/// Cases run one after another, so one slot and one clock are enough.
/// </summary>
internal static class ReplayServices
{
    public static IHost Build(ReplayClock clock, ReplayStoreSlot slot, string engine = "embedded")
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        // Replay's output is the file it writes; only real problems reach stderr.
        builder.Logging.ClearProviders();
        // ...and why a model answer fell back to the embedded engine, when a model engine runs.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true)
            .AddFilter((category, level) => level >= LogLevel.Error || (level >= LogLevel.Warning && category?.StartsWith("Crm.Skills.Understanding.Llm", StringComparison.Ordinal) == true));
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton(slot);
        builder.Services.AddScoped<CrmDbContext>(_ => slot.Current.CreateContext());
        builder.Services.AddCrmBot();
        builder.AddCrmLlm(engine);
        return builder.Build();
    }
}

/// <summary>A clock that reads what replay says: the case's <c>now</c>, or the turn's own <c>at</c>.</summary>
internal sealed class ReplayClock : TimeProvider
{
    public DateTimeOffset Now { get; set; }

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>The store copy of the case being replayed.</summary>
internal sealed class ReplayStoreSlot
{
    private StoreCopy? current;

    public StoreCopy Current
    {
        get => current ?? throw new InvalidOperationException("No replay case is running.");
        set => current = value;
    }
}
