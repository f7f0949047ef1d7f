using Crm.Data.Activities;
using Crm.Data.Audit;
using Crm.Data.Deals;
using Crm.Skills.Activities;
using Crm.Skills.Deals;
using Crm.Skills.Results;
using Crm.Skills.Tasks;
using Crm.Skills.Tests.Infrastructure;
using Crm.Skills.Invoking;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Skills.Tests.Invoking;

public sealed class MessageScopeTests
{
    [Fact]
    public async Task Commit_OfThreeWrites_IsOneChangeSetWithEveryFieldOldAndNew()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        var turn = await store.SendAsync("U-REP", "conv-1",
            m => m.RunAsync<ActivitySkills>(s => s.LogActivityAsync("ACC-NB", ActivityType.Call, "agreed terms", "CON-001")),
            m => m.RunAsync<DealSkills>(s => s.UpdateDealAsync("D-1001", stage: DealStage.Negotiation, amount: 45000)),
            m => m.RunAsync<TaskSkills>(s => s.CreateTaskAsync("Send the contract", new DateOnly(2026, 11, 20), "ACC-NB", "D-1001")));

        var change = turn.Changes;
        Assert.Equal(["activities", "deals", "tasks"], change.Records.Select(r => r.Entity));
        var deal = change.Records[1];
        Assert.Contains(new FieldDelta("stage", "proposal", "negotiation"), deal.Fields);
        Assert.Contains(new FieldDelta("amount", "40000", "45000", "USD"), deal.Fields);
        await using var db = store.NewContext();
        var set = await db.ChangeSets.Include(c => c.Changes).SingleAsync();
        Assert.Equal(change.ChangeSetId, set.Id);
        Assert.Equal(("U-REP", "conv-1", "test message"), (set.UserId, set.ConversationId, set.Text));
        Assert.Contains(set.Changes, f => f is { Entity: "deals", RecordId: "D-1001", Field: "amount", OldValue: "40000", NewValue: "45000" });
        Assert.Contains(set.Changes, f => f is { Entity: "tasks", Kind: ChangeKind.Created, Field: "title", NewValue: "Send the contract" });
    }

    [Fact]
    public async Task Commit_WhenTheThirdCallIsRefused_WritesNothingAtAll()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        var before = await StoreSnapshot.TakeAsync(store);

        var turn = await store.SendAsync("U-REP", "conv-1",
            m => m.RunAsync<ActivitySkills>(s => s.LogActivityAsync("ACC-NB", ActivityType.Call, "agreed terms")),
            m => m.RunAsync<DealSkills>(s => s.UpdateDealAsync("D-1001", amount: 45000)),
            m => m.RunAsync<DealSkills>(s => s.UpdateDealAsync("D-1003", stage: DealStage.Qualified)));

        Assert.IsType<ChangeResult>(turn.Results[0]);
        Assert.IsType<ChangeResult>(turn.Results[1]);
        Assert.Equal(RefusalReason.NotPermitted, turn.Refusal.Reason);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
        await using var db = store.NewContext();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
        Assert.Equal(0, await db.FieldChanges.CountAsync());
    }

    /// <summary>
    /// A message's saves run inside its transaction without EF's savepoint around each: a failed save refuses or
    /// fails the whole message, so the savepoint would be two statements more per save for nothing.
    /// </summary>
    [Fact]
    public async Task Commit_OfThreeWrites_TakesNoSavepoint()
    {
        var savepoints = new SavepointCounter();
        await using var store = await TestStore.CreateAsync(s => s.Standard(), interceptors: savepoints);

        var turn = await store.SendAsync("U-REP", "conv-1",
            m => m.RunAsync<ActivitySkills>(s => s.LogActivityAsync("ACC-NB", ActivityType.Call, "agreed terms", "CON-001")),
            m => m.RunAsync<DealSkills>(s => s.UpdateDealAsync("D-1001", amount: 45000)),
            m => m.RunAsync<TaskSkills>(s => s.CreateTaskAsync("Send the contract", new DateOnly(2026, 11, 20), "ACC-NB", "D-1001")));

        Assert.Equal(3, turn.Changes.Records.Count);
        Assert.Equal(0, savepoints.Created);
    }

    /// <summary>
    /// Without a savepoint, a save that fails part-way leaves the transaction holding part of it: the message is
    /// refused and everything it wrote, earlier saves included, is rolled back.
    /// </summary>
    [Fact]
    public async Task Commit_WhenTheSecondWriteMeetsAConcurrentChange_IsAConflictAndWritesNothing()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard(), interceptors: new DealChangedJustBeforeSaving("D-1001"));
        var before = await StoreSnapshot.TakeAsync(store);

        var turn = await store.SendAsync("U-REP", "conv-1",
            m => m.RunAsync<ActivitySkills>(s => s.LogActivityAsync("ACC-NB", ActivityType.Call, "agreed terms", "CON-001")),
            m => m.RunAsync<DealSkills>(s => s.UpdateDealAsync("D-1001", amount: 45000)));

        Assert.Equal(RefusalReason.Conflict, turn.Refusal.Reason);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
    }

    private sealed class SavepointCounter : DbTransactionInterceptor
    {
        public int Created { get; private set; }

        public override ValueTask<InterceptionResult> CreatingSavepointAsync(DbTransaction transaction, TransactionEventData eventData,
            InterceptionResult result, CancellationToken cancellationToken = default)
        {
            Created++;
            return ValueTask.FromResult(result);
        }
    }

    /// <summary>
    /// As another writer would have: gives the deal a new version inside the message's own transaction (SQLite's write
    /// lock is the message's by then), just before the save that updates it, so that save finds the version changed.
    /// </summary>
    private sealed class DealChangedJustBeforeSaving(string dealId) : SaveChangesInterceptor
    {
        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            var db = eventData.Context!;
            if (db.ChangeTracker.Entries<Deal>().Any(e => e.Entity.Id == dealId && e.State == EntityState.Modified))
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                command.CommandText = $"UPDATE deals SET \"Version\" = '{Guid.NewGuid()}' WHERE \"Id\" = '{dealId}'";
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            return result;
        }
    }

    [Fact]
    public async Task Commit_AfterARefusal_DoesNotRunLaterWrites()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        var turn = await store.SendAsync("U-REP", "conv-1",
            m => m.RunAsync<DealSkills>(s => s.UpdateDealAsync("D-1003", stage: DealStage.Qualified)),
            m => m.RunAsync<ActivitySkills>(s => s.LogActivityAsync("ACC-NB", ActivityType.Call, "later call")));

        Assert.IsType<RefusalResult>(turn.Results[1]);
        await using var db = store.NewContext();
        Assert.Equal(1, await db.Activities.CountAsync());
    }

    [Fact]
    public async Task Commit_AfterAReadThatFoundNothing_WritesNothing()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        var before = await StoreSnapshot.TakeAsync(store);

        var turn = await store.SendAsync("U-REP", "conv-1",
            m => m.RunAsync<ActivitySkills>(s => s.LogActivityAsync("ACC-NB", ActivityType.Call, "agreed terms")),
            m => m.RunAsync<Crm.Skills.Customers.CustomerSkills>(s => s.GetSummaryAsync("ACC-GONE")));

        Assert.Equal(RefusalReason.NotFound, turn.Refusal.Reason);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
    }

    [Fact]
    public async Task Dispose_WithoutCommit_RollsBackEverything()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        var before = await StoreSnapshot.TakeAsync(store);

        await store.SendAsync("U-REP", async (m, _) =>
        {
            await m.RunAsync<ActivitySkills>(s => s.LogActivityAsync("ACC-NB", ActivityType.Note, "half a thought"));
            await m.RollbackAsync(CancellationToken.None);
        });

        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
    }

    [Fact]
    public async Task Commit_OfAReadOnlyMessage_ReturnsNothingAndWritesNoChangeSet()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        var turn = await store.SendAsync<TaskSkills>("U-REP", s => s.ListOpenTasksAsync());

        Assert.Null(turn.Outcome);
        Assert.Single(turn.Result<TaskListResult>().Tasks);
        await using var db = store.NewContext();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task Commit_OfARecordWrittenTwice_ShowsItOnceWithTheFinalValues()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        var turn = await store.SendAsync("U-REP", "conv-1",
            m => m.RunAsync<DealSkills>(s => s.CreateDealAsync("ACC-NB", "Northbridge yard sensors", 5000)),
            m => m.RunAsync<DealSkills>(s => s.UpdateDealAsync("D-1004", amount: 7000)));

        var record = Assert.Single(turn.Changes.Records);
        Assert.Equal(ChangeKind.Created, record.Kind);
        Assert.Contains(new FieldDelta("amount", null, "7000", "USD"), record.Fields);
    }

    [Fact]
    public async Task CallAsync_ByCatalogName_RunsTheSkillWithJsonLikeArguments()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        var turn = await store.SendAsync("U-REP", async (m, t) => t.Results.Add(await m.CallAsync("log_activity", new Dictionary<string, object?>
        {
            ["accountId"] = "ACC-NB",
            ["type"] = "meeting",
            ["summary"] = "quarterly review",
            ["occurredOn"] = "2026-11-16",
        }, CancellationToken.None)));

        Assert.Equal("activities", Assert.Single(turn.Changes.Records).Entity);
        await using var db = store.NewContext();
        var activity = await db.Activities.SingleAsync(a => a.Id == "ACT-0002");
        Assert.Equal(ActivityType.Meeting, activity.Type);
        Assert.Equal(new DateOnly(2026, 11, 16), DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(activity.OccurredAt, TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles"))));
    }

    [Fact]
    public async Task BeginMessage_WithArrivalTime_UsesItAsNowForTheWholeMessage()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        var arrived = new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.FromHours(8));
        await using var scope = store.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Crm.Data.Store.CrmDbContext>();
        var user = await db.Users.SingleAsync(u => u.Id == "U-ZH");

        await using (var message = scope.ServiceProvider.GetRequiredService<SkillInvoker>().BeginMessage(user, "conv-1", "m-1", "拜访", arrived))
        {
            await message.RunAsync<ActivitySkills>(s => s.LogActivityAsync("ACC-XH", ActivityType.Visit, "拜访了赵经理"));
            Assert.IsType<ChangeResult>(await message.CommitAsync(CancellationToken.None));
        }

        await using var check = store.NewContext();
        Assert.Equal(arrived.UtcDateTime, (await check.Activities.SingleAsync(a => a.Id == "ACT-0002")).OccurredAt);
        Assert.Equal(arrived.UtcDateTime, (await check.ChangeSets.SingleAsync()).At);
    }
}
