using Crm.Data.Audit;
using Crm.Data.Deals;
using Crm.Skills.Deals;
using Crm.Skills.Results;
using Crm.Skills.Settings;
using Crm.Skills.Tests.Infrastructure;
using Crm.Skills.Undo;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Settings;

public sealed class ConfirmBeforeWritingTests
{
    [Fact]
    public async Task Write_WhenTheUserConfirmsFirst_IsPreviewedAndNotApplied()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        await store.SendAsync<SettingsSkills>("U-REP", s => s.SetConfirmBeforeWritingAsync(true));
        var before = await StoreSnapshot.TakeAsync(store);

        var turn = await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1001", DealStage.Negotiation, 45000));

        var preview = Assert.IsType<PreviewResult>(turn.Outcome);
        Assert.Contains(new FieldDelta("amount", "40000", "45000", "USD"), Assert.Single(preview.Records).Fields);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
        await using var db = store.NewContext();
        Assert.Equal(1, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task ApplyPending_WritesWhatThePreviewShowedAsOneChangeSet()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        await store.SendAsync<SettingsSkills>("U-REP", s => s.SetConfirmBeforeWritingAsync(true));
        var preview = (PreviewResult)(await store.SendAsync("U-REP", "conv-1",
            m => m.RunAsync<DealSkills>(s => s.CreateDealAsync("ACC-NB", "Northbridge yard sensors", 8000)),
            m => m.RunAsync<DealSkills>(s => s.UpdateDealAsync("D-1001", amount: 45000)))).Outcome!;

        var applied = await store.SendAsync<SettingsSkills>("U-REP", s => s.ApplyPendingAsync(preview.PendingId));

        Assert.Equal(preview.Records.Select(r => (r.RecordId, r.Kind)), applied.Changes.Records.Select(r => (r.RecordId, r.Kind)));
        await using var db = store.NewContext();
        Assert.Equal(45000, (await db.Deals.SingleAsync(d => d.Id == "D-1001")).Amount);
        Assert.Equal("Northbridge yard sensors", (await db.Deals.SingleAsync(d => d.Id == "D-1004")).Name);
        Assert.Equal(0, await db.Set<PendingChange>().CountAsync());
    }

    [Fact]
    public async Task CancelPending_WritesNothingAndForgetsThePreview()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        await store.SendAsync<SettingsSkills>("U-REP", s => s.SetConfirmBeforeWritingAsync(true));
        var preview = (PreviewResult)(await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1001", amount: 1))).Outcome!;
        var before = await StoreSnapshot.TakeAsync(store);

        var cancel = await store.SendAsync<SettingsSkills>("U-REP", s => s.CancelPendingAsync(preview.PendingId));
        var applyAfter = await store.SendAsync<SettingsSkills>("U-REP", s => s.ApplyPendingAsync(preview.PendingId));

        Assert.Equal(preview.PendingId, cancel.Result<CancelledResult>().PendingId);
        Assert.Equal(RefusalReason.NotFound, applyAfter.Refusal.Reason);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
    }

    [Fact]
    public async Task CompanyDefault_SetByAdmin_AppliesUntilTheUserChoosesOtherwise()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        await store.SendAsync<SettingsSkills>("U-ADM", s => s.SetConfirmBeforeWritingAsync(true, companyDefault: true));

        var previewed = await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1001", amount: 41000));
        await store.SendAsync<SettingsSkills>("U-REP", s => s.SetConfirmBeforeWritingAsync(false));
        var written = await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1001", amount: 42000));

        Assert.IsType<PreviewResult>(previewed.Outcome);
        Assert.IsType<ChangeResult>(written.Outcome);
    }

    [Fact]
    public async Task ApplyPending_WhenTheRecordChangedSince_IsAConflictAndWritesNothing()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        await store.SendAsync<SettingsSkills>("U-REP", s => s.SetConfirmBeforeWritingAsync(true));
        var preview = (PreviewResult)(await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1001", amount: 45000))).Outcome!;
        await store.SendAsync<DealSkills>("U-MGR", s => s.UpdateDealAsync("D-1001", amount: 47000));
        var before = await StoreSnapshot.TakeAsync(store);

        var applied = await store.SendAsync<SettingsSkills>("U-REP", s => s.ApplyPendingAsync(preview.PendingId));

        Assert.Equal(RefusalReason.Conflict, applied.Refusal.Reason);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
    }

    [Fact]
    public async Task Undo_WhenConfirmIsOn_IsAppliedAtOnce()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1001", amount: 41000));
        await store.SendAsync<SettingsSkills>("U-REP", s => s.SetConfirmBeforeWritingAsync(true), "conv-2");

        var undo = await store.SendAsync<UndoSkills>("U-REP", s => s.UndoLastAsync());

        Assert.IsType<ChangeResult>(undo.Outcome);
        await using var db = store.NewContext();
        Assert.Equal(40000, (await db.Deals.SingleAsync(d => d.Id == "D-1001")).Amount);
        Assert.Equal(0, await db.Set<PendingChange>().CountAsync());
    }

    [Fact]
    public async Task Undo_OfASettingChange_RemovesTheSettingAgain()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        var before = await StoreSnapshot.TakeAsync(store);
        await store.SendAsync<SettingsSkills>("U-REP", s => s.SetConfirmBeforeWritingAsync(true));

        var undo = await store.SendAsync<UndoSkills>("U-REP", s => s.UndoLastAsync());

        Assert.Equal(("settings", "U-REP/confirm_before_writing"), (undo.Result<UndoResult>().Restored.Single().Entity, undo.Result<UndoResult>().Restored.Single().RecordId));
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
    }
}
