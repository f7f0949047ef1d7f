using Crm.Bot.Tests.Teams;
using Crm.Data.Accounts;
using Crm.Data.Deals;

namespace Crm.Bot.Tests.Notifications;

/// <summary>The Monday digest: managers only, Monday morning on their clock, in the team channel they linked.</summary>
public sealed class PipelineDigestTests : NotificationTestContext
{
    /// <summary>Monday 23 Nov 2026, 09:30 in Los Angeles.</summary>
    private static readonly DateTimeOffset MondayMorningWest = new(2026, 11, 23, 17, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task MondayMorning_Tick_SendsManagerTheTeamPipelineOnce()
    {
        await SayAsync("aad-mgr", "hello");
        await SayAsync("aad-rep", "hello");
        await SeedTeamDealsAsync();

        Assert.Equal(0, await TickAsync(MondayMorningWest.AddHours(-2)));
        Assert.Equal(1, await TickAsync(MondayMorningWest));
        Assert.Equal(0, await TickAsync(MondayMorningWest.AddHours(1)));
        Assert.Equal(0, await TickAsync(MondayMorningWest.AddDays(1)));

        var digest = Assert.Single(NotificationsIn(PersonalChat("aad-mgr")));
        var text = CardJson.Text(digest);
        Assert.Contains("Monday pipeline digest", text, StringComparison.Ordinal);
        Assert.Contains("Negotiation", text, StringComparison.Ordinal);
        Assert.Empty(NotificationsIn(PersonalChat("aad-rep")));
    }

    [Fact]
    public async Task PostTheDigestHere_SaidInTeamChannel_NextDigestGoesToThatChannel()
    {
        await SayAsync("aad-mgr", "hello");
        await SeedTeamDealsAsync();
        var before = Sink.Messages.Count;
        await Bot.PostAsync(TeamsActivities.ChannelMention(Sink.ServiceUrl, "post the digest here", "aad-mgr"), TokenForNow());
        var reply = (await Sink.WaitForMessagesAsync(before + 1))[before].Body!.Value;
        Assert.Contains("posted in this channel", reply.GetProperty("text").GetString(), StringComparison.Ordinal);

        Assert.Equal(1, await TickAsync(MondayMorningWest));

        var channel = TeamsActivities.ChannelThread.Split(";messageid=")[0];
        var posted = Assert.Single(Sink.Messages, m => m.RawTarget == $"/teams/v3/conversations/{Uri.EscapeDataString(channel)}/activities");
        Assert.Contains("Monday pipeline digest", CardJson.Text(posted.Body!.Value), StringComparison.Ordinal);
        Assert.Empty(NotificationsIn(PersonalChat("aad-mgr")));
    }

    private Task SeedTeamDealsAsync() => Bot.SeedRowsAsync(
        new Account { Id = "ACC-1", Name = "Brightwater Mills", OwnerId = "U-REP" },
        new Deal { Id = "D-1", AccountId = "ACC-1", Name = "Mill sensors", OwnerId = "U-REP", Stage = DealStage.Negotiation, Amount = 40_000m, Version = Guid.NewGuid(), CreatedAt = MondayMorningWest.UtcDateTime.AddDays(-1) },
        new Deal { Id = "D-2", AccountId = "ACC-1", Name = "Mill software", OwnerId = "U-REP", Stage = DealStage.Lead, Amount = 9_000m, Version = Guid.NewGuid(), CreatedAt = MondayMorningWest.UtcDateTime.AddDays(-1) });

    private string TokenForNow() => Issuer.CreateToken(new Protocol.TokenSpec(BotApplication.AppId, Sink.ServiceUrl, Bot.Clock.Now.AddMinutes(-10), Bot.Clock.Now.AddMinutes(50)));
}
