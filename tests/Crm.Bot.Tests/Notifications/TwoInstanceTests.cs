using Crm.Bot.Notifications;
using Crm.Bot.Protocol;
using Crm.Bot.Tests.Protocol;
using Crm.Bot.Tests.Teams;
using Crm.Data.Accounts;
using Crm.Data.Notifications;
using Crm.Data.Tasks;
using Crm.Data.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bot.Tests.Notifications;

/// <summary>
/// Two bot instances (two hosts, two service providers, their own DbContexts) on one real PostgreSQL
/// store, ticking at the same moment: every notification reaches the connector exactly once.
/// </summary>
public sealed class TwoInstanceTests
{
    private static readonly DateTimeOffset WednesdayMorningWest = new(2026, 11, 18, 18, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Wednesday = new(2026, 11, 18);
    /// <summary>Three tasks and a renewal for Avery, an urgent late ticket for the agent and their lead.</summary>
    private const int Expected = 6;

    [PostgresFact]
    public async Task TwoInstances_TickTogetherRepeatedly_OneHoldsTheLeaseAndEachNotificationIsSentOnce()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var issuer = await LocalIssuer.StartAsync();
        await using var sink = await ConnectorSink.StartAsync();
        await using var first = Instance(issuer, database, "instance-a");
        await using var second = Instance(issuer, database, "instance-b");
        await SeedAsync(first, second, issuer, sink);

        var firstRound = await TickBothAsync(first, second, WednesdayMorningWest);
        var later = await TickBothAsync(first, second, WednesdayMorningWest.AddMinutes(20));

        Assert.Equal([0, Expected], firstRound.Order());
        Assert.Equal([0, 0], later);
        await AssertEachSentOnceAsync(first, sink);
    }

    [PostgresFact]
    public async Task TwoInstancesSharingTheLease_TickTogether_DeliveryKeysStillSendEachOnce()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var issuer = await LocalIssuer.StartAsync();
        await using var sink = await ConnectorSink.StartAsync();
        // The same instance id makes both hold the lease at once: only the delivery keys stand between them.
        await using var first = Instance(issuer, database, "twin");
        await using var second = Instance(issuer, database, "twin");
        await SeedAsync(first, second, issuer, sink);

        var sent = await TickBothAsync(first, second, WednesdayMorningWest);

        Assert.Equal(Expected, sent.Sum());
        await AssertEachSentOnceAsync(first, sink);
    }

    private static BotApplication Instance(LocalIssuer issuer, PostgresDatabase database, string id) => BotApplication.Registered(issuer,
        ("Crm:StoreProvider", "postgres"), ("ConnectionStrings:Crm", database.ConnectionString), ("Notifications:InstanceId", id));

    private static async Task SeedAsync(BotApplication first, BotApplication second, LocalIssuer issuer, ConnectorSink sink)
    {
        _ = first.Services;
        _ = second.Services;
        await first.SeedAsync(BotApplication.Alex(), NotificationTestContext.Lead(), NotificationTestContext.Agent());
        var token = issuer.CreateToken(new TokenSpec(BotApplication.AppId, sink.ServiceUrl, BotApplication.Start.AddMinutes(-10), BotApplication.Start.AddMinutes(50)));
        foreach (var aad in new[] { "aad-avery", "aad-agent", "aad-lead" })
            await first.PostAsync(TeamsActivities.Personal(sink.ServiceUrl, "hello", aad), token);
        await sink.WaitForMessagesAsync(3);
        await first.SeedRowsAsync(
            new Account { Id = "ACC-1", Name = "Brightwater Mills", OwnerId = "U-T1", ContractEnd = Wednesday.AddDays(7) },
            new CrmTask { Id = "TSK-1", Title = "Send the order form", OwnerId = "U-T1", DueAt = Wednesday },
            new CrmTask { Id = "TSK-2", Title = "Book the site visit", OwnerId = "U-T1", DueAt = Wednesday },
            new CrmTask { Id = "TSK-3", Title = "Chase the invoice", OwnerId = "U-T1", DueAt = Wednesday },
            new Ticket { Id = "T-1", AccountId = "ACC-1", Title = "Scanner offline", Priority = TicketPriority.Urgent, AssigneeId = "U-AGENT", DueAt = WednesdayMorningWest.UtcDateTime.AddHours(-1), Version = Guid.NewGuid() });
    }

    private static async Task<int[]> TickBothAsync(BotApplication first, BotApplication second, DateTimeOffset at)
    {
        first.Clock.Now = second.Clock.Now = at;
        var a = first.Services.GetRequiredService<NotificationTick>();
        var b = second.Services.GetRequiredService<NotificationTick>();
        return await Task.WhenAll(Task.Run(() => a.RunAsync(CancellationToken.None)), Task.Run(() => b.RunAsync(CancellationToken.None)));
    }

    private static async Task AssertEachSentOnceAsync(BotApplication app, ConnectorSink sink)
    {
        var proactive = sink.Messages.Select(m => m.Body!.Value).Where(b => !b.TryGetProperty("replyToId", out _)).ToList();
        Assert.Equal(Expected, proactive.Count);
        Assert.Equal(Expected, proactive.Select(b => (b.GetProperty("conversation").GetProperty("id").GetString(), CardJson.Text(b))).Distinct().Count());
        var deliveries = await app.QueryAsync(db => db.Set<NotificationDelivery>().ToListAsync());
        Assert.Equal(Expected, deliveries.Count);
        Assert.All(deliveries, d => Assert.NotNull(d.SentAt));
    }
}
