using Crm.Data.Tasks;
using Crm.Skills.Results;
using Crm.Skills.Tasks;
using Crm.Skills.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Tasks;

public sealed class TaskSkillsTests
{
    [Fact]
    public async Task CreateTask_WithLinksAndDueDate_IsOpenAndOwnedByActingUser()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        await store.SendAsync<TaskSkills>("U-EAST", s => s.CreateTaskAsync("Send Ken the rollout plan", new DateOnly(2026, 11, 19), "ACC-EW", "D-1003", "CON-002"));

        await using var db = store.NewContext();
        var task = await db.Tasks.SingleAsync(t => t.Id == "TSK-03");
        Assert.Equal(("U-EAST", "ACC-EW", "D-1003", "CON-002", CrmTaskStatus.Open, new DateOnly(2026, 11, 19)),
            (task.OwnerId, task.AccountId, task.DealId, task.ContactId, task.Status, task.DueAt!.Value));
    }

    [Fact]
    public async Task CreateTask_WithoutDate_HasNoDueDate()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        await store.SendAsync<TaskSkills>("U-REP", s => s.CreateTaskAsync("Think about the Northbridge renewal"));

        await using var db = store.NewContext();
        Assert.Null((await db.Tasks.SingleAsync(t => t.Id == "TSK-03")).DueAt);
    }

    [Fact]
    public async Task ListOpenTasks_ShowsMineSoonestFirstAndUndatedLast()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard()
            .Task("TSK-10", "undated", "U-REP").Task("TSK-11", "tomorrow", "U-REP", new DateOnly(2026, 11, 19)));

        var turn = await store.SendAsync<TaskSkills>("U-REP", s => s.ListOpenTasksAsync());

        Assert.Equal(["TSK-11", "TSK-01", "TSK-10"], turn.Result<TaskListResult>().Tasks.Select(t => t.Id));
    }

    [Fact]
    public async Task CompleteTask_MarksItDoneAndDropsItFromTheOpenList()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        var turn = await store.SendAsync<TaskSkills>("U-REP", s => s.CompleteTaskAsync("TSK-01"));
        var list = await store.SendAsync<TaskSkills>("U-REP", s => s.ListOpenTasksAsync());

        Assert.Equal(new FieldDelta("status", "open", "done"), Assert.Single(Assert.Single(turn.Changes.Records).Fields));
        Assert.Empty(list.Result<TaskListResult>().Tasks);
    }
}
