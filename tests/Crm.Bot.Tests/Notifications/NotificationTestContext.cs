using System.Text.Json;
using Crm.Bot.Notifications;
using Crm.Bot.Protocol;
using Crm.Bot.Tests.Protocol;
using Crm.Bot.Tests.Teams;
using Crm.Data.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bot.Tests.Notifications;

/// <summary>
/// The real host with the product's engine and cards, a local issuer and a local connector sink, and
/// a team around the two standard users: a support agent, the support lead they report to, a manager
/// and a rep in the manager's team. Ticks run by hand on the host's fixed clock.
/// </summary>
public abstract class NotificationTestContext : IAsyncLifetime
{
    /// <summary>Wednesday 18 Nov 2026: 10:00 in Los Angeles (Avery) and New York 13:00; 02:00 Thursday in Shanghai (Mei).</summary>
    protected static readonly DateTimeOffset WednesdayMorningWest = new(2026, 11, 18, 18, 0, 0, TimeSpan.Zero);
    protected static readonly DateOnly Wednesday = new(2026, 11, 18);

    protected LocalIssuer Issuer { get; private set; } = null!;
    protected ConnectorSink Sink { get; private set; } = null!;
    protected BotApplication Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Issuer = await LocalIssuer.StartAsync();
        Sink = await ConnectorSink.StartAsync();
        Bot = BotApplication.RegisteredWithRealBot(Issuer);
        await Bot.SeedAsync(BotApplication.Alex(), BotApplication.Mei(), Lead(), Agent(), Manager(), Rep());
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Sink.DisposeAsync();
        await Issuer.DisposeAsync();
    }

    public static User Lead() => Person("U-LEAD", "Robin Vale", "aad-lead", UserRole.Support, "America/New_York");
    public static User Agent() => Person("U-AGENT", "Sam Ortiz", "aad-agent", UserRole.Support, "America/New_York", manager: "U-LEAD");
    public static User Manager() => Person("U-MGR", "Jo Hart", "aad-mgr", UserRole.Manager, "America/Los_Angeles", team: "Coast");
    public static User Rep() => Person("U-REP", "Kit Lane", "aad-rep", UserRole.Rep, "America/Los_Angeles", team: "Coast", manager: "U-MGR");

    private static User Person(string id, string name, string aad, UserRole role, string zone, string? team = null, string? manager = null) => new()
    {
        Id = id, Name = name, AadObjectId = aad, Role = role, TimeZone = zone, Team = team, ManagerId = manager, Locale = "en-US",
    };

    /// <summary>The person says something to the bot in their personal chat (which also makes them reachable) and gets the reply.</summary>
    protected async Task<JsonElement> SayAsync(string aadObjectId, string text, string locale = "en-US")
    {
        var before = Sink.Messages.Count;
        await Bot.PostAsync(TeamsActivities.Personal(Sink.ServiceUrl, text, aadObjectId, locale), Token());
        return (await Sink.WaitForMessagesAsync(before + 1))[before].Body!.Value;
    }

    /// <summary>A card button pressed in Teams: a message with no text and the button's data as value.</summary>
    protected async Task<JsonElement> PressAsync(string aadObjectId, JsonElement data, string locale = "en-US")
    {
        var press = TeamsActivities.Personal(Sink.ServiceUrl, "", aadObjectId, locale);
        press.Text = null;
        press.Value = data;
        var before = Sink.Messages.Count;
        await Bot.PostAsync(press, Token());
        return (await Sink.WaitForMessagesAsync(before + 1))[before].Body!.Value;
    }

    protected Task<int> TickAsync(DateTimeOffset at)
    {
        Bot.Clock.Now = at;
        return Bot.Services.GetRequiredService<NotificationTick>().RunAsync(CancellationToken.None);
    }

    /// <summary>Messages nobody replied to: proactive ones carry no replyToId.</summary>
    protected IReadOnlyList<JsonElement> Notifications() =>
        [.. Sink.Messages.Select(m => m.Body!.Value).Where(b => !b.TryGetProperty("replyToId", out _))];

    protected IReadOnlyList<JsonElement> NotificationsIn(string conversationId) =>
        [.. Sink.Messages.Where(m => m.RawTarget.Contains(Uri.EscapeDataString(conversationId), StringComparison.Ordinal))
            .Select(m => m.Body!.Value).Where(b => !b.TryGetProperty("replyToId", out _))];

    protected static string PersonalChat(string aadObjectId) => "a:1personal-" + aadObjectId;

    private string Token()
    {
        var now = Bot.Clock.Now;
        return Issuer.CreateToken(new TokenSpec(BotApplication.AppId, Sink.ServiceUrl, now.AddMinutes(-10), now.AddMinutes(50)));
    }
}
