using Crm.Bot.Protocol;
using Crm.Bot.Tests.Protocol;

namespace Crm.Bot.Tests.Teams;

/// <summary>A registered bot with its own store, a local issuer and a local connector: one per test.</summary>
public abstract class TeamsTestContext : IAsyncLifetime
{
    protected LocalIssuer Issuer { get; private set; } = null!;
    protected ConnectorSink Sink { get; private set; } = null!;
    protected BotApplication Bot { get; private set; } = null!;

    protected virtual (string Key, string? Value)[] Settings => [];

    /// <summary>True runs the product's engine and renderer; false the scripted doubles.</summary>
    protected virtual bool RealBot => false;

    public async Task InitializeAsync()
    {
        Issuer = await LocalIssuer.StartAsync();
        Sink = await ConnectorSink.StartAsync();
        Bot = RealBot ? BotApplication.RegisteredWithRealBot(Issuer) : BotApplication.Registered(Issuer, Settings);
        await Bot.SeedAsync(BotApplication.Alex(), BotApplication.Mei());
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Sink.DisposeAsync();
        await Issuer.DisposeAsync();
    }

    protected string Token() => Issuer.CreateToken(new TokenSpec(BotApplication.AppId, Sink.ServiceUrl, BotApplication.Start.AddMinutes(-10), BotApplication.Start.AddMinutes(50)));

    protected Task<HttpResponseMessage> SendAsync(Activity activity) => Bot.PostAsync(activity, Token());
}
