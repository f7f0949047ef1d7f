using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Data.Tickets;
using Crm.Skills.Activities;
using Crm.Skills.Contacts;
using Crm.Skills.Deals;
using Crm.Skills.Results;
using Crm.Skills.Tasks;
using Crm.Skills.Tests.Infrastructure;
using Crm.Skills.Tickets;
using Crm.Skills.Undo;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Undo;

public sealed class UndoSkillsTests
{
    [Fact]
    public async Task UndoLast_AfterAMessageWithManyWrites_RestoresTheStoreExactly()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        var before = await StoreSnapshot.TakeAsync(store);
        await store.SendAsync("U-SUP", "conv-1",
            m => m.RunAsync<ActivitySkills>(s => s.LogActivityAsync("ACC-NB", ActivityType.Call, "scanner logs received", "CON-001")),
            m => m.RunAsync<TicketSkills>(s => s.UpdateTicketAsync("T-501", TicketStatus.Resolved, TicketPriority.Urgent)),
            m => m.RunAsync<TicketSkills>(s => s.AddCommentAsync("T-501", "Firmware 2.3 fixes it")),
            m => m.RunAsync<TicketSkills>(s => s.OpenTicketAsync("ACC-NB", "Label printer offline", "since Monday", TicketPriority.High, "CON-001")),
            m => m.RunAsync<ContactSkills>(s => s.AddContactAsync("ACC-NB", "Dev Patel", "IT lead", "dev@northbridge.example")),
            m => m.RunAsync<ContactSkills>(s => s.UpdateContactAsync("CON-001", phone: "+1 415 555 0199")),
            m => m.RunAsync<TaskSkills>(s => s.CreateTaskAsync("Check the printer fix", new DateOnly(2026, 11, 19), "ACC-NB")));
        Assert.NotEqual(before, await StoreSnapshot.TakeAsync(store));

        var undo = await store.SendAsync<UndoSkills>("U-SUP", s => s.UndoLastAsync());

        Assert.IsType<ChangeResult>(undo.Outcome);
        Assert.Equal(7, undo.Result<UndoResult>().Restored.Count);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
    }

    [Fact]
    public async Task UndoLast_OfADealUpdate_RestoresFieldsAndVersionAndRecordsTheUndo()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        var before = await StoreSnapshot.TakeAsync(store);
        var first = await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1001", DealStage.Won));

        var undo = await store.SendAsync<UndoSkills>("U-REP", s => s.UndoLastAsync());

        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
        await using var db = store.NewContext();
        var sets = await db.ChangeSets.OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(2, sets.Count);
        Assert.Equal(undo.Changes.ChangeSetId, sets[0].UndoneBy);
        Assert.Equal(first.Changes.ChangeSetId, sets[1].Undoes);
    }

    [Fact]
    public async Task UndoLast_Twice_WalksBackOneMessageAtATime()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        var start = await StoreSnapshot.TakeAsync(store);
        await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1001", amount: 41000));
        var middle = await StoreSnapshot.TakeAsync(store);
        await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1001", amount: 42000));

        await store.SendAsync<UndoSkills>("U-REP", s => s.UndoLastAsync());
        Assert.Equal(middle, await StoreSnapshot.TakeAsync(store));
        await store.SendAsync<UndoSkills>("U-REP", s => s.UndoLastAsync());

        Assert.Equal(start, await StoreSnapshot.TakeAsync(store));
    }

    [Fact]
    public async Task UndoLast_InAnotherConversation_FindsNothingToUndo()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1001", amount: 41000), "conv-1");

        var undo = await store.SendAsync<UndoSkills>("U-REP", s => s.UndoLastAsync(), "conv-2");

        Assert.Equal(RefusalReason.NothingToUndo, undo.Refusal.Reason);
        await using var db = store.NewContext();
        Assert.Equal(41000, (await db.Deals.SingleAsync(d => d.Id == "D-1001")).Amount);
    }

    [Fact]
    public async Task UndoLast_OfAnotherUsersChange_IsNotPossible()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1001", amount: 41000));

        var undo = await store.SendAsync<UndoSkills>("U-MGR", s => s.UndoLastAsync());

        Assert.Equal(RefusalReason.NothingToUndo, undo.Refusal.Reason);
    }

    [Fact]
    public async Task UndoLast_WhenSomeoneChangedTheRecordSince_IsAConflictAndWritesNothing()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1001", amount: 41000), "conv-1");
        await store.SendAsync<DealSkills>("U-MGR", s => s.UpdateDealAsync("D-1001", amount: 50000), "conv-9");
        var before = await StoreSnapshot.TakeAsync(store);

        var undo = await store.SendAsync<UndoSkills>("U-REP", s => s.UndoLastAsync(), "conv-1");

        Assert.Equal(RefusalReason.Conflict, undo.Refusal.Reason);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
    }

    [Fact]
    public async Task Correction_OfTheActivityJustLogged_EditsItInsteadOfAddingAnother()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        await store.SendAsync<ActivitySkills>("U-REP", s => s.LogActivityAsync("ACC-NB", ActivityType.Call, "final terms", "CON-001"));

        var correction = await store.SendAsync("U-REP", async (m, t) =>
        {
            var last = Assert.IsType<LastChangeResult>(await m.RunAsync<UndoSkills>(s => s.GetLastChangeAsync()));
            var created = Assert.Single(last.Records, r => r.Entity == "activities");
            t.Results.Add(await m.RunAsync<ActivitySkills>(s => s.UpdateActivityAsync(created.RecordId, ActivityType.Meeting)));
        });

        Assert.Equal(new FieldDelta("type", "call", "meeting"), Assert.Single(Assert.Single(correction.Changes.Records).Fields));
        await using var db = store.NewContext();
        var logged = await db.Activities.Where(a => a.Summary == "final terms").ToListAsync();
        Assert.Equal(ActivityType.Meeting, Assert.Single(logged).Type);
    }

    [Fact]
    public async Task Correction_OfTheAmountJustSet_LeavesOneDealWithTheCorrectedAmount()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1001", amount: 60000));

        await store.SendAsync("U-REP", async (m, _) =>
        {
            var last = Assert.IsType<LastChangeResult>(await m.RunAsync<UndoSkills>(s => s.GetLastChangeAsync()));
            var deal = Assert.Single(last.Records);
            Assert.Contains(new FieldDelta("amount", "40000", "60000", "USD"), deal.Fields);
            await m.RunAsync<DealSkills>(s => s.UpdateDealAsync(deal.RecordId, amount: 65000));
        });

        await using var db = store.NewContext();
        Assert.Equal(65000, (await db.Deals.SingleAsync(d => d.Id == "D-1001")).Amount);
        Assert.Equal(3, await db.Deals.CountAsync());
    }

    [Fact]
    public async Task RevertRecord_PutsThatRecordBack_AndKeepsTheRestOfTheChange()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        var first = await store.SendAsync("U-REP", "conv-1",
            m => m.RunAsync<DealSkills>(s => s.UpdateDealAsync("D-1001", DealStage.Negotiation)),
            m => m.RunAsync<TaskSkills>(s => s.CreateTaskAsync("Send the contract", new DateOnly(2026, 11, 20), "ACC-NB")));

        var revert = await store.SendAsync<UndoSkills>("U-REP", s => s.RevertRecordAsync(first.Changes.ChangeSetId, "D-1001"));

        Assert.IsType<ChangeResult>(revert.Outcome);
        await using var db = store.NewContext();
        Assert.Equal(DealStage.Proposal, (await db.Deals.SingleAsync(d => d.Id == "D-1001")).Stage);
        Assert.Equal(1, await db.Tasks.CountAsync(t => t.Title == "Send the contract"));
    }

    [Theory]
    [InlineData("U-MGR", "conv-1", "D-1001")]
    [InlineData("U-REP", "conv-9", "D-1001")]
    [InlineData("U-REP", "conv-1", "D-1002")]
    public async Task RevertRecord_OfAnotherUsersChange_AnotherConversation_OrARecordItDidNotWrite_IsRefused(string user, string conversation, string record)
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        var first = await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1001", amount: 41000));
        var before = await StoreSnapshot.TakeAsync(store);

        var revert = await store.SendAsync<UndoSkills>(user, s => s.RevertRecordAsync(first.Changes.ChangeSetId, record), conversation);

        Assert.Equal(RefusalReason.NothingToUndo, revert.Refusal.Reason);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
    }
}
