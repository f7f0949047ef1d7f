using System.Net;
using Crm.Bot.Protocol;
using Crm.Data.Audit;
using Crm.Data.Channels;
using Crm.Data.Settings;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bot.Tests.Teams;

/// <summary>
/// A turn's processed-activity record is saved with the turn's own saves (its writes' transaction, or its
/// conversation state) rather than on its own: whichever way the turn ends, the activity is recorded once
/// and a retry of it is acknowledged without running again.
/// </summary>
public sealed class ProcessedActivityRecordTests : TeamsTestContext
{
    protected override bool RealBot => true;

    [Fact]
    public async Task WriteTurn_RecordedWithItsWrites_RetryWritesNothingMore()
    {
        var activity = TeamsActivities.Personal(Sink.ServiceUrl, "remind me to send the renewal quote on Friday");

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(activity)).StatusCode);
        await Sink.WaitForMessagesAsync(1);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(activity)).StatusCode);

        await Task.Delay(300);
        Assert.Equal(1, await Bot.QueryAsync(db => db.Tasks.CountAsync()));
        Assert.Equal(1, await Bot.QueryAsync(db => db.ChangeSets.CountAsync()));
        Assert.Equal(activity.Id, Assert.Single(await Bot.QueryAsync(db => db.Set<ProcessedActivity>().Select(p => p.ActivityId).ToListAsync())));
        // Bookkeeping, not CRM data: nothing in the audit trail, nothing to undo.
        Assert.DoesNotContain("processed_activities", await Bot.QueryAsync(db => db.Set<FieldChange>().Select(f => f.Entity).ToListAsync()));
        Assert.Single(Sink.Messages);
    }

    [Fact]
    public async Task ReadTurn_Recorded_RetryIsNotAnsweredAgain()
    {
        var activity = TeamsActivities.Personal(Sink.ServiceUrl, "what's on my plate today?");

        await SendAsync(activity);
        await Sink.WaitForMessagesAsync(1);
        await SendAsync(activity);

        await Task.Delay(300);
        Assert.Equal(1, await Bot.QueryAsync(db => db.Set<ProcessedActivity>().CountAsync()));
        Assert.Equal(0, await Bot.QueryAsync(db => db.ChangeSets.CountAsync()));
        Assert.Single(Sink.Messages);
    }

    [Fact]
    public async Task WriteHeldForConfirmation_RolledBackButRecorded_RetryDoesNotAskAgain()
    {
        await Bot.SeedRowsAsync(new Setting { Scope = BotApplication.Alex().Id, Name = SettingNames.ConfirmBeforeWriting, Value = "true" });
        var activity = TeamsActivities.Personal(Sink.ServiceUrl, "remind me to send the renewal quote on Friday");

        await SendAsync(activity);
        await Sink.WaitForMessagesAsync(1);
        await SendAsync(activity);

        await Task.Delay(300);
        // The preview rolled the message's transaction back, the record with it; it was saved again after.
        Assert.Equal(1, await Bot.QueryAsync(db => db.Set<ProcessedActivity>().CountAsync()));
        Assert.Equal(0, await Bot.QueryAsync(db => db.Tasks.CountAsync()));
        Assert.Equal(1, await Bot.QueryAsync(db => db.Set<PendingChange>().CountAsync()));
        Assert.Single(Sink.Messages);
    }
}
