using Crm.Skills.Conversation;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>To-dos said the way people say them: without "remind me", after a bare request for one, about "it", or a week and then a day in it.</summary>
public sealed class EverydayTaskPhrasingConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("U-REP", "send Dev at Harbor the rollout quote by Friday", "ACC-HAR", "rollout quote", "2026-11-20")]
    [InlineData("U-ZH", "下周三前把合同发给百川物流", "ACC-BC", "合同", "2026-11-25")]
    [InlineData("U-ZH", "周五之前给云杉发报价", "ACC-YS", "报价", "2026-11-20")]
    [InlineData("U-ZH", "帮我设个提醒，下下周一给云杉沈悦打电话问测试环境的事", "ACC-YS", "测试环境", "2026-11-30")]
    [InlineData("U-REP", "add a to-do: prepare the Harbor renewal deck by end of the month", "ACC-HAR", "renewal deck", "2026-11-30")]
    [InlineData("U-ZH", "月底前给百川物流发一份续费方案，记个待办", "ACC-BC", "续费方案", "2026-11-30")]
    [InlineData("U-REP", "need to call Dev at Harbor next Tues re the rollout quote, remind me pls", "ACC-HAR", "rollout quote", "2026-11-24")]
    [InlineData("U-REP", "also remind me to send Dev at Harbor the rollout quote next monday", "ACC-HAR", "rollout quote", "2026-11-23")]
    [InlineData("U-ZH", "然后提醒我周五给百川物流发合同", "ACC-BC", "合同", "2026-11-20")]
    public async Task ToDo_SaidWithoutRemindMeOrAfterABareRequest_IsOneTaskAndNothingElse(string user, string message, string account, string titleWords, string due)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync(user, message);

        Assert.True(reply.Parts[0] is ChangeResult, reply.Explanation + " " + reply.Parts[0]);
        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync(t => t.OwnerId == user && t.Status == Crm.Data.Tasks.CrmTaskStatus.Open && t.Title.Contains(titleWords));
        Assert.Equal((account, DateOnly.Parse(due)), (task.AccountId, task.DueAt));
        Assert.DoesNotMatch(@"^(?i:add a|also|and\b|,)|^然后|记个|设个|帮我|(?i:please|pls)$", task.Title);
        Assert.Equal(0, await db.Activities.CountAsync(a => a.UserId == user));
        Assert.Equal(1, await db.Tasks.CountAsync(t => t.OwnerId == user));
    }

    [Theory]
    [InlineData("U-REP", "Met Dev at Harbor today - send him the rollout quote by Friday", "rollout quote")]
    [InlineData("U-ZH", "今天去百川物流见了韩总，下周三前把合同发过去", "合同")]
    public async Task Visit_ThenAnInstructionWithADeadline_LogsTheVisitAndMakesTheTask(string user, string message, string titleWords)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        Assert.Single(await db.Activities.Where(a => a.UserId == user).ToListAsync());
        Assert.Contains(titleWords, Assert.Single(await db.Tasks.Where(t => t.OwnerId == user).ToListAsync()).Title);
    }

    [Theory]
    [InlineData("U-REP", "Called Dev at Harbor, they'll send the PO by Friday")]
    [InlineData("U-ZH", "跟百川物流韩总通了电话，他们下周三前把合同发过来")]
    [InlineData("U-REP", "Called Dev at Harbor, sent him the quote yesterday")]
    public async Task SomeoneElsesPromiseOrWhatWasDone_IsNoTask(string user, string message)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        Assert.Single(await db.Activities.Where(a => a.UserId == user).ToListAsync());
        Assert.Equal(0, await db.Tasks.CountAsync(t => t.OwnerId == user));
    }

    [Theory]
    [InlineData("Met Dev at Harbor today, he wants a demo for the ops team next Tuesday - remind me to set it up", "Set the demo")]
    [InlineData("Dev at Harbor asked for the pricing sheet, remind me to send it tomorrow", "Send the pricing sheet")]
    public async Task Reminder_AboutIt_IsTitledWithTheThingNamedBefore(string message, string title)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", message);

        await using var db = chat.Store();
        Assert.StartsWith(title, Assert.Single(await db.Tasks.Where(t => t.OwnerId == "U-REP").ToListAsync()).Title);
    }

    [Fact]
    public async Task ToDoPutOnMyList_AboutTheForecast_IsATaskNotThePipeline()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-MGR", "put a todo on my list for the 1st: review Riley's Harbor numbers before the forecast call");

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync(t => t.OwnerId == "U-MGR");
        Assert.Equal(("Review Riley's Harbor numbers before the forecast call", new DateOnly(2026, 12, 1)), (task.Title, task.DueAt));
    }

    [Theory]
    [InlineData("U-ZH", "提醒我 嗯 下周 下周三 不对 下周四 给云杉沈悦 送 那个 样机 过去", "2026-11-26", "给云杉沈悦送样机过去")]
    [InlineData("U-REP", "remind me next week, Thursday, to send Owen at Pinecrest the sizing sheet", "2026-11-26", null)]
    public async Task Reminder_WeekThenADayInIt_IsDueThatDay(string user, string message, string due, string? title)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message, MessageSource.Voice);

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync();
        Assert.Equal(DateOnly.Parse(due), task.DueAt);
        if (title is not null)
            Assert.Equal(title, task.Title);
    }

    [Theory]
    [InlineData("下周三下午去百川物流做演示 提醒我带上样机", "样机", "2026-11-25")]
    [InlineData("后天下午三点跟百川物流韩总开视频会 帮我建个提醒", "视频会", "2026-11-20")]
    public async Task MeetingStillToCome_WithAReminder_IsOnlyATaskDueOnTheMeetingsDay(string message, string titleWords, string due)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", message);

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync(t => t.OwnerId == "U-ZH");
        Assert.Equal(("ACC-BC", DateOnly.Parse(due)), (task.AccountId, task.DueAt));
        Assert.Contains(titleWords, task.Title);
        Assert.Equal(0, await db.Activities.CountAsync(a => a.UserId == "U-ZH"));
    }

    [Fact]
    public async Task Reminder_WithADayOfItsOwn_IsDueThatDayNotOnTheDayToldBeforeIt()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "百川物流韩梅说下周三可以来公司看演示 提醒我下周二把演示环境准备好");

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync(t => t.OwnerId == "U-ZH");
        Assert.Equal(new DateOnly(2026, 11, 24), task.DueAt);
        Assert.Contains("演示环境", task.Title);
    }

    [Fact]
    public async Task RemindMePleaseAlone_AsksWhatToBeRemindedOf()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        (await chat.SendAsync("U-REP", "remind me please")).Part<ClarificationResult>();

        await using var db = chat.Store();
        Assert.Equal(0, await db.Tasks.CountAsync());
    }

    [Theory]
    [InlineData("U-REP", "remind me on Nov 31 to send Owen at Pinecrest the contract", "Dec 1", "There is no 31 November")]
    [InlineData("U-ZH", "提醒我11月31号给云杉韩总发合同", "12月1号", "没有11月31日")]
    public async Task ReminderOnADayThatDoesNotExist_AsksWhichDaySayingWhyAndTakesTheAnswer(string user, string message, string answer, string why)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var question = (await chat.SendAsync(user, message)).Part<ClarificationResult>();
        await using (var before = chat.Store())
            Assert.Equal(0, await before.Tasks.CountAsync());
        await chat.SendAsync(user, answer);

        Assert.Contains(why, question.Question, StringComparison.Ordinal);
        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync();
        Assert.Equal((new DateOnly(2026, 12, 1), false), (task.DueAt, task.Title.Contains("31", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ReminderToSendSomethingToAPersonTypedInLowerCase_IsLinkedToThemAndTheirCustomer()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "remind me to send the contract to owen");

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync(t => t.OwnerId == "U-REP" && t.Title.Contains("contract"));
        Assert.Equal(("ACC-PIN", "CON-P3", (DateOnly?)null), (task.AccountId, task.ContactId, task.DueAt));
    }

    [Fact]
    public async Task RemindMeTomorrowToDoSomething_IsTitledWithTheThingToDoOnly()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "remind me tomorrow to call Dev about the demo date");

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync();
        Assert.Equal(("Call Dev about the demo date", (DateOnly?)new DateOnly(2026, 11, 19)), (task.Title, task.DueAt));
    }
}
