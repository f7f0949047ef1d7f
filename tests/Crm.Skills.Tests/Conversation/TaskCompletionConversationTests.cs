using Crm.Data.Tasks;
using Crm.Skills.Results;
using Crm.Skills.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>Finishing a task from chat: found among the speaker's open tasks by its words and the records named.</summary>
public sealed class TaskCompletionConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    /// <summary><see cref="ConversationSeed"/> plus open tasks: two of U-REP's read alike and differ by account.</summary>
    private static void Seed(SeedBuilder s)
    {
        ConversationSeed.Build(s);
        s.Task("TSK-11", "Send the order form to Owen", "U-REP", new DateOnly(2026, 11, 20), "ACC-PIN")
            .Task("TSK-12", "Send the order form to Dev", "U-REP", null, "ACC-HAR")
            .Task("TSK-13", "Book the warehouse walkthrough", "U-REP", new DateOnly(2026, 11, 25), "ACC-HAR")
            .Task("TSK-14", "Book the warehouse walkthrough", "U-REP2", null, "ACC-HAR")
            .Task("TSK-21", "给云杉寄合同原件", "U-ZH", new DateOnly(2026, 11, 19), "ACC-YS")
            .Task("TSK-22", "给百川物流发报价单", "U-ZH", null, "ACC-BC")
            .Task("TSK-23", "给云杉发报价单", "U-ZH", null, "ACC-YS");
    }

    private static async Task<Dictionary<string, CrmTaskStatus>> StatusesAsync(ConversationScript chat)
    {
        await using var db = chat.Store();
        return await db.Tasks.ToDictionaryAsync(t => t.Id, t => t.Status);
    }

    private static async Task AssertOnlyDoneAsync(ConversationScript chat, params string[] done)
    {
        var statuses = await StatusesAsync(chat);
        Assert.Equal(done.Order(), statuses.Where(s => s.Value == CrmTaskStatus.Done).Select(s => s.Key).Order());
    }

    [Theory]
    [InlineData("U-REP", "the walkthrough reminder is done", "TSK-13")]
    [InlineData("U-REP", "please tick off the Harbor order form task", "TSK-12")]
    [InlineData("U-REP", "Owen got the order form this morning, you can close that task", "TSK-11")]
    [InlineData("U-REP", "I've sent Dev the order form, tick it off", "TSK-12")]
    [InlineData("U-ZH", "寄合同原件的任务已经做完了", "TSK-21")]
    [InlineData("U-ZH", "百川物流报价单那个待办搞定了", "TSK-22")]
    [InlineData("U-ZH", "把寄合同原件这个待办勾掉", "TSK-21")]
    [InlineData("U-ZH", "把云杉发报价的任务标记完成", "TSK-23")]
    public async Task CompleteTask_OneOpenTaskFits_IsDoneAndShownOnTheCard(string user, string message, string expected)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        var change = (await chat.SendAsync(user, message)).Single<ChangeResult>();

        var record = Assert.Single(change.Records);
        Assert.Equal(("tasks", expected), (record.Entity, record.RecordId));
        var status = Assert.Single(record.Fields, f => f.Field == "status");
        Assert.Equal(("open", "done"), (status.Old, status.New));
        await AssertOnlyDoneAsync(chat, expected);
    }

    [Theory]
    [InlineData("U-REP", "mark the order form task as done", "2", "TSK-12")]
    [InlineData("U-REP", "mark the order form task as done", "the one for Owen", "TSK-11")]
    [InlineData("U-REP", "mark the order form task as done", "Send the order form to Dev", "TSK-12")]
    [InlineData("U-ZH", "发报价单的任务完成了", "第二个", "TSK-23")]
    [InlineData("U-ZH", "发报价单的任务完成了", "百川物流那个", "TSK-22")]
    public async Task CompleteTask_SeveralFit_AsksWithTheTasksAndCompletesTheOneChosen(string user, string message, string answer, string expected)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        var question = (await chat.SendAsync(user, message)).Single<ClarificationResult>();
        await AssertOnlyDoneAsync(chat);
        Assert.Equal(2, question.Choices.Count);
        var change = (await chat.SendAsync(user, answer)).Single<ChangeResult>();

        Assert.Equal(expected, Assert.Single(change.Records).RecordId);
        await AssertOnlyDoneAsync(chat, expected);
    }

    [Theory]
    [InlineData("U-REP", "the budget review task is finished", "couldn't find")]
    [InlineData("U-ZH", "写周报的任务做完了", "没有找到")]
    [InlineData("U-REP", "mark the Pinecrest POS upgrade task as done", "couldn't find")]
    public async Task CompleteTask_NothingFits_SaysSoAndWritesNothing(string user, string message, string says)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        var reply = (await chat.SendAsync(user, message)).Single<MessageResult>();

        Assert.Contains(says, reply.Text);
        await AssertOnlyDoneAsync(chat);
        await using var db = chat.Store();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task CompleteTask_AnotherUsersTaskOnly_IsNotTouched()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        await chat.SendAsync("U-REP2", "the order form task is done");

        await AssertOnlyDoneAsync(chat);
    }

    [Theory]
    [InlineData("U-REP", "the walkthrough task is not done yet")]
    [InlineData("U-REP", "remind me to finish the walkthrough task on Friday")]
    [InlineData("U-ZH", "寄合同原件的任务还没做完")]
    [InlineData("U-REP", "show me my completed tasks")]
    [InlineData("U-REP", "which task did I finish last week?")]
    [InlineData("U-ZH", "哪些任务已经完成了")]
    public async Task CompleteTask_DeniedOrAskedAsANewReminder_CompletesNothing(string user, string message)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        await chat.SendAsync(user, message);

        await AssertOnlyDoneAsync(chat);
    }

    [Fact]
    public async Task CompleteTask_MatchingNothingBesideAnActivity_LogsTheActivityAlone()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        var change = (await chat.SendAsync("U-REP", "visited Owen at Pinecrest today, and he closed out the migration task on their side")).Single<ChangeResult>();

        Assert.Equal("activities", Assert.Single(change.Records).Entity);
        await AssertOnlyDoneAsync(chat);
    }

    [Theory]
    [InlineData("U-REP", "the walkthrough reminder is done", "undo")]
    [InlineData("U-ZH", "寄合同原件的任务已经做完了", "撤销")]
    public async Task CompleteTask_ThenUndo_TaskIsOpenAgain(string user, string message, string undo)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);
        var before = await StatusesAsync(chat);

        (await chat.SendAsync(user, message)).Single<ChangeResult>();
        (await chat.SendAsync(user, undo)).Single<UndoResult>();

        Assert.Equal(before, await StatusesAsync(chat));
    }
}
