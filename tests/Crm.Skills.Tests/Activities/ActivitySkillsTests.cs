using Crm.Data.Activities;
using Crm.Data.Audit;
using Crm.Skills.Activities;
using Crm.Skills.Results;
using Crm.Skills.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Activities;

public sealed class ActivitySkillsTests
{
    [Fact]
    public async Task LogActivity_WithContactAndDeal_WritesActivityByActingUserNow()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        var turn = await store.SendAsync<ActivitySkills>("U-REP", s => s.LogActivityAsync(
            "ACC-NB", ActivityType.Call, "Maria wants the pilot extended to two depots", "CON-001", "D-1001",
            durationMinutes: 25, source: ActivitySource.Voice));

        var record = Assert.Single(turn.Changes.Records);
        Assert.Equal(("activities", "ACT-0002", ChangeKind.Created), (record.Entity, record.RecordId, record.Kind));
        await using var db = store.NewContext();
        var activity = await db.Activities.SingleAsync(a => a.Id == "ACT-0002");
        Assert.Equal(("U-REP", "CON-001", "D-1001", 25, ActivitySource.Voice), (activity.UserId, activity.ContactId, activity.DealId, activity.DurationMinutes, activity.Source));
        Assert.Equal(store.Clock.Now.UtcDateTime, activity.OccurredAt);
        Assert.Equal("Maria wants the pilot extended to two depots", activity.Summary);
    }

    [Fact]
    public async Task LogActivity_OnAGivenDay_LandsOnThatDayInTheUsersZone()
    {
        // 15:00 UTC is 07:00 in Los Angeles: "yesterday" there is 17 November.
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        await store.SendAsync<ActivitySkills>("U-REP", s => s.LogActivityAsync(
            "ACC-NB", ActivityType.Visit, "site walk", occurredOn: new DateOnly(2026, 11, 17)));

        await using var db = store.NewContext();
        var activity = await db.Activities.SingleAsync(a => a.Id == "ACT-0002");
        var local = TimeZoneInfo.ConvertTimeFromUtc(activity.OccurredAt, TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles"));
        Assert.Equal(new DateTime(2026, 11, 17, 7, 0, 0), local);
    }

    [Fact]
    public async Task LogActivity_WithContactOfAnotherAccount_IsRefusedAndWritesNothing()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        var before = await StoreSnapshot.TakeAsync(store);

        var turn = await store.SendAsync<ActivitySkills>("U-REP", s => s.LogActivityAsync("ACC-NB", ActivityType.Call, "x", contactId: "CON-002"));

        Assert.Equal(RefusalReason.InvalidValue, turn.Refusal.Reason);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
    }

    [Fact]
    public async Task LogActivity_OnUnknownAccount_IsRefusedAsNotFound()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        var turn = await store.SendAsync<ActivitySkills>("U-REP", s => s.LogActivityAsync("ACC-NOPE", ActivityType.Note, "x"));

        Assert.Equal(RefusalReason.NotFound, turn.Refusal.Reason);
        await using var db = store.NewContext();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task UpdateActivity_ChangingType_ChangesOnlyTheType()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        var turn = await store.SendAsync<ActivitySkills>("U-REP", s => s.UpdateActivityAsync("ACT-0001", type: ActivityType.Meeting));

        var field = Assert.Single(Assert.Single(turn.Changes.Records).Fields);
        Assert.Equal(new FieldDelta("type", "call", "meeting"), field);
    }

    [Fact]
    public async Task LogActivity_AtASubMicrosecondInstant_StoresWholeMicrosecondsSoPostgresKeepsItExactly()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard(), FixedClock.Default.AddTicks(1_234_567));

        await store.SendAsync<ActivitySkills>("U-REP", s => s.LogActivityAsync("ACC-NB", ActivityType.Note, "precise"));

        await using var db = store.NewContext();
        Assert.Equal(FixedClock.Default.UtcDateTime.AddTicks(1_234_560), (await db.Activities.SingleAsync(a => a.Id == "ACT-0002")).OccurredAt);
    }
}
