using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// Questions about one deal's own figures ("what's the next step on the POS upgrade?", "运维外包那个单子下一步是啥来着",
/// "谁负责的"): the question word sits where a change would put its value, and must show the deal, never write "啥".
/// </summary>
public sealed class DealQuestionsConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("U-REP", "what's the next step on the Pinecrest loyalty app?", "D-P2")]
    [InlineData("U-REP", "Pinecrest loyalty app next step is what again", "D-P2")]
    [InlineData("U-REP", "when is the Harbor route planner closing?", "D-H1")]
    [InlineData("U-MGR", "who owns the Pinecrest POS upgrade", "D-P1")]
    [InlineData("U-ZH", "云杉运维外包那个单子下一步是啥来着", "D-Y2")]
    [InlineData("U-ZH", "云杉数据中台金额是多少", "D-Y1")]
    [InlineData("U-ZH", "那个百川仓储管理的单子谁负责的？", "D-B1")]
    [InlineData("U-REP", "anything new on the Pinecrest POS upgrade?", "D-P1")]
    [InlineData("U-MGR", "how's the Harbor route planner looking?", "D-H1")]
    public async Task QuestionAboutOneDeal_ShowsThatDeal_AndWritesNothing(string user, string question, string deal)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var shown = (await chat.SendAsync(user, question)).Part<DealListResult>();

        Assert.Equal(deal, Assert.Single(shown.Deals).Deal.Id);
        await using var db = chat.Store();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }

    [Theory]
    [InlineData("U-REP", "tell me about Pinecrest", "what's the next step on the loyalty app?", "D-P2")]
    [InlineData("U-ZH", "云杉什么情况", "运维外包那个单子下一步是啥来着", "D-Y2")]
    public async Task QuestionAboutADealOfTheCustomerShown_ShowsThatDeal(string user, string summary, string question, string deal)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync(user, summary)).Part<CustomerSummaryResult>();

        var shown = (await chat.SendAsync(user, question)).Part<DealListResult>();

        Assert.Equal(deal, Assert.Single(shown.Deals).Deal.Id);
    }

    [Theory]
    [InlineData("U-ZH", "云杉数据中台的关单日期是哪天", "另一个呢", "D-Y2")]
    [InlineData("U-REP", "when is the Pinecrest loyalty app closing?", "and the other one?", "D-P1")]
    public async Task TheOtherOne_AfterADealWasAskedAbout_ShowsTheCustomersOtherOpenDeal(string user, string question, string followUp, string other)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync(user, question)).Part<DealListResult>();

        var shown = (await chat.SendAsync(user, followUp)).Part<DealListResult>();

        Assert.Equal(other, Assert.Single(shown.Deals).Deal.Id);
        await using var db = chat.Store();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }

    [Theory]
    [InlineData("U-MGR", "what's the biggest open deal on my team?", "D-H1")]
    [InlineData("U-ZH", "我现在金额最大的在跟单子是哪个", "D-Y1")]
    public async Task BiggestOpenDealAsked_ShowsTheOpenDealWithTheLargestAmountInThatScope(string user, string question, string deal)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var shown = (await chat.SendAsync(user, question)).Part<DealListResult>();

        Assert.Equal(deal, Assert.Single(shown.Deals).Deal.Id);
    }

    [Fact]
    public async Task NextStepAskedAfterItWasSet_ShowsIt_AndLeavesItAsItWas()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-REP", "Harbor route planner next step: send the revised SOW by Friday");

        var shown = (await chat.SendAsync("U-REP", "so what's the next step on the route planner?")).Part<DealListResult>();

        Assert.Contains("revised SOW", Assert.Single(shown.Deals).Deal.NextStep);
        await using var db = chat.Store();
        Assert.Equal(1, await db.ChangeSets.CountAsync());
    }

    [Theory]
    [InlineData("what's the next step on the loyalty app? set it to a demo next Tuesday")]
    [InlineData("跟云杉韩总聊了运维外包下一步做什么，决定下周二做演示")]
    public async Task AQuestionWordInsideAChangeOrAReport_IsNotAQuestion_NorANextStep(string message)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync(message.Any(c => c > 0x4e00) ? "U-ZH" : "U-REP", message);

        Assert.Empty(reply.Parts.OfType<DealListResult>());
        await using var db = chat.Store();
        Assert.DoesNotContain(await db.Deals.Select(d => d.NextStep).ToListAsync(), step => step != null && (step.Contains("什么") || step.StartsWith("what")));
    }

    [Fact]
    public async Task DealAskedAbout_ThenPushThatDealOut_MovesItsCloseDate()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync("U-MGR", "how's the Harbor route planner looking?")).Part<DealListResult>();

        await chat.SendAsync("U-MGR", "push that deal out to Dec 10");

        await using var db = chat.Store();
        Assert.Equal(new DateOnly(2026, 12, 10), (await db.Deals.SingleAsync(d => d.Id == "D-H1")).CloseDate);
    }

    [Fact]
    public async Task DealAskedAbout_ThenAReminderAboutIt_IsLinkedToThatDeal()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync("U-REP", "anything new on the Pinecrest POS upgrade?")).Part<DealListResult>();

        await chat.SendAsync("U-REP", "ok, remind me to ask Quinn about it on Friday");

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync();
        Assert.Equal(("D-P1", new DateOnly(2026, 11, 20)), (task.DealId, task.DueAt));
    }
}
