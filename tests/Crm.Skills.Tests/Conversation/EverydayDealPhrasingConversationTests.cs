using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>Deal changes said the way people say them: a stage after an arrow or as a step taken, an amount "is now" or raised by a sum, a budget that is no amount, a figure still to come.</summary>
public sealed class EverydayDealPhrasingConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("U-REP", "Harbor route planner -> proposal", "D-H1", DealStage.Proposal)]
    [InlineData("U-REP", "Pinecrest loyalty app - let's call it proposal stage now", "D-P2", DealStage.Proposal)]
    [InlineData("U-REP", "Pinecrest POS upgrade - they're qualified now", "D-P1", DealStage.Qualified)]
    [InlineData("U-REP", "the Harbor route planner is a done deal, they countersigned", "D-H1", DealStage.Won)]
    [InlineData("U-ZH", "云杉运维外包往前推一步，到需求挖掘了", "D-Y2", DealStage.NeedsAnalysis)]
    [InlineData("U-ZH", "云杉数据中台进谈判签约了", "D-Y1", DealStage.Negotiation)]
    public async Task StageMove_SaidTersely_MovesTheDeal(string user, string message, string dealId, DealStage expected)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        Assert.Equal(expected, (await db.Deals.SingleAsync(d => d.Id == dealId)).Stage);
    }

    [Theory]
    [InlineData("U-REP", "push the Pinecrest POS upgrade close date out two weeks", "D-P1", "2027-01-03")]
    [InlineData("U-REP", "Harbor route planner slipped a month", "D-H1", "2027-01-01")]
    [InlineData("U-REP", "pull the Harbor route planner in by a week", "D-H1", "2026-11-24")]
    [InlineData("U-ZH", "云杉数据中台关单日期往后推一个月", "D-Y1", "2027-01-30")]
    [InlineData("U-ZH", "百川物流的单子提前十天签", "D-B1", "2026-12-02")]
    public async Task CloseDate_MovedByASpan_MovesFromTheDealsOwnDate(string user, string message, string dealId, string expected)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        Assert.Equal(DateOnly.Parse(expected), (await db.Deals.SingleAsync(d => d.Id == dealId)).CloseDate);
    }

    [Fact]
    public async Task CloseDate_MovedByASpanAfterItWasChanged_MovesFromTheNewDate()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "Harbor route planner close date Dec 10");
        await chat.SendAsync("U-REP", "what's in my pipeline?");
        await chat.SendAsync("U-REP", "push the Harbor route planner out a week");

        await using var db = chat.Store();
        Assert.Equal(new DateOnly(2026, 12, 17), (await db.Deals.SingleAsync(d => d.Id == "D-H1")).CloseDate);
    }

    [Fact]
    public async Task CloseDate_MovedByASpan_WithoutADateToMoveFrom_AsksForTheDate()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync("U-EAST", "push the Quantum data lake close date out a month");

        await using var db = chat.Store();
        Assert.Null((await db.Deals.SingleAsync(d => d.Id == "D-Q1")).CloseDate);
        Assert.Contains("close date", reply.Single<ClarificationResult>().Question, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task StageWord_AsWhatTheCustomerIsDoing_IsNoMove()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "spoke with Lena Marsh at Pinecrest, on the POS upgrade they are negotiating hard");

        await using var db = chat.Store();
        Assert.Equal(DealStage.Proposal, (await db.Deals.SingleAsync(d => d.Id == "D-P1")).Stage);
    }

    [Fact]
    public async Task ChineseStageMove_TalkedAboutAStage_IsNoMove()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "跟云杉韩磊开了个会，聊到报价的事");

        await using var db = chat.Store();
        Assert.Equal(DealStage.Proposal, (await db.Deals.SingleAsync(d => d.Id == "D-Y1")).Stage);
        Assert.Equal(DealStage.Qualified, (await db.Deals.SingleAsync(d => d.Id == "D-Y2")).Stage);
    }

    [Fact]
    public async Task NewOpp_SpunUpUnderAnAccount_IsANewDealAndTheOldOneIsUntouched()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-EAST", "spin up a new opp under Quantum Dynamics: sensor retrofit, 1.2m");

        await using var db = chat.Store();
        var created = await db.Deals.SingleAsync(d => d.AccountId == "ACC-QNT" && d.Id != "D-Q1");
        Assert.Equal((DealStage.Lead, 1_200_000m), (created.Stage, created.Amount));
        Assert.Equal(30000m, (await db.Deals.SingleAsync(d => d.Id == "D-Q1")).Amount);
    }

    [Theory]
    [InlineData("U-REP", "push Harbor close to Dec 10", "D-H1", null, "2026-12-10")]
    [InlineData("U-REP", "pull the Pinecrest loyalty app close in to end of quarter", "D-P2", null, "2026-12-31")]
    [InlineData("U-ZH", "云杉数据中台被砍价砍到二十五万了，金额改一下", "D-Y1", 250000, null)]
    public async Task DealField_SaidInPassing_IsChangedWithoutAQuestion(string user, string message, string dealId, int? amount, string? closeDate)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync(user, message);

        Assert.True(reply.Parts[0] is ChangeResult, reply.Explanation + " " + reply.Parts[0]);
        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == dealId);
        if (amount is not null)
            Assert.Equal(amount, (int)deal.Amount!.Value);
        if (closeDate is not null)
            Assert.Equal(DateOnly.Parse(closeDate), deal.CloseDate);
    }

    [Theory]
    [InlineData("U-REP", "Harbor route planner is now 85k", "D-H1", 85000)]
    [InlineData("U-REP", "Pinecrest loyalty app, the number we landed on is 22.5k", "D-P2", 22500)]
    [InlineData("U-REP", "Harbor route planner is worth forty two and a half thousand now", "D-H1", 42500)]
    [InlineData("U-REP", "Harbor route planner is now a hundred and forty five thousand", "D-H1", 145000)]
    public async Task DealAmount_SaidWithIsNow_IsTheDealsAmountNotAContactChange(string user, string message, string dealId, int amount)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        Assert.Equal(amount, (int)(await db.Deals.SingleAsync(d => d.Id == dealId)).Amount!.Value);
    }

    [Theory]
    [InlineData("U-REP", "bump the Pinecrest POS upgrade by 5k", "D-P1", 55000)]
    [InlineData("U-REP", "add 5k to the Pinecrest loyalty app", "D-P2", 25000)]
    [InlineData("U-REP", "cut the Harbor route planner by 10k", "D-H1", 70000)]
    [InlineData("U-ZH", "云杉运维外包金额再加两万", "D-Y2", 140000)]
    [InlineData("U-ZH", "百川物流的单子降两万", "D-B1", 180000)]
    [InlineData("U-ZH", "云杉运维外包金额加到15万", "D-Y2", 150000)]
    public async Task DealAmount_RaisedOrCutByASum_ChangesItFromWhatItWas(string user, string message, string dealId, int amount)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        Assert.Equal(amount, (await db.Deals.SingleAsync(d => d.Id == dealId)).Amount);
    }

    [Fact]
    public async Task BudgetMentioned_OverDinner_IsLoggedAndNoDealAmountChanges()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "昨晚跟百川物流韩总吃了个饭，他私下透露二期的预算大概两百万，明年三月立项");

        await using var db = chat.Store();
        Assert.Equal(ActivityType.Meeting, (await db.Activities.SingleAsync(a => a.UserId == "U-ZH")).Type);
        Assert.Equal(200000m, (await db.Deals.SingleAsync(d => d.Id == "D-B1")).Amount);
    }

    [Theory]
    [InlineData("云杉运维外包的报价发出去了，十三万", "D-Y2", DealStage.Proposal, 130000)]
    [InlineData("刚跟云杉韩磊通了电话，运维外包推进到下一阶段，金额不变", "D-Y2", DealStage.NeedsAnalysis, 120000)]
    [InlineData("呃 云杉 韩磊 刚才 电话里说 嗯 评审 过了 然后 那个 数据中台 推到 谈判签约 吧 金额 不变", "D-Y1", DealStage.Negotiation, 300000)]
    public async Task ChineseStageSaidAsDoneOrAsTheNextStep_MovesTheDeal(string message, string dealId, DealStage stage, int amount)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync("U-ZH", message);

        Assert.True(reply.Parts[0] is ChangeResult, reply.Explanation + " " + reply.Parts[0]);
        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == dealId);
        Assert.Equal((stage, (decimal)amount), (deal.Stage, deal.Amount));
    }

    [Fact]
    public async Task SigningBeforeMonthEnd_AfterASemicolonFreeStageMove_SetsTheCloseDate()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", "云杉韩总刚来电话，数据中台价格谈妥了，按二十八万签，进入谈判签约，月底前签合同；提醒我下周一把合同寄过去");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-Y1");
        Assert.Equal((DealStage.Negotiation, 280000m, new DateOnly(2026, 11, 30)), (deal.Stage, deal.Amount, deal.CloseDate));
        var task = await db.Tasks.SingleAsync(t => t.OwnerId == "U-ZH");
        Assert.Equal(("把合同寄过去", new DateOnly(2026, 11, 23)), (task.Title, task.DueAt));
    }

    [Theory]
    [InlineData("U-REP", "move the Harbor route planner close to sometime next quarter", "close date")]
    [InlineData("U-ZH", "把百川物流的金额往下调一点", "金额")]
    public async Task DealFieldToChange_WithoutItsNewValue_AsksForItAndWritesNothing(string user, string message, string asked)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync(user, message);

        Assert.Contains(asked, reply.Single<ClarificationResult>().Question, StringComparison.Ordinal);
        await using var db = chat.Store();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task AmountToBeChanged_WithoutTheFigure_AsksForItAndTakesTheAnswer()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        (await chat.SendAsync("U-ZH", "百川物流仓储管理的金额要改一下")).Single<ClarificationResult>();
        await chat.SendAsync("U-ZH", "十九万二");

        await using var db = chat.Store();
        Assert.Equal(192000m, (await db.Deals.SingleAsync(d => d.Id == "D-B1")).Amount);
    }

    [Theory]
    [InlineData("U-REP", "Pinecrest POS upgrade amount is 60k euros", "D-P1", 50000)]
    [InlineData("U-REP", "harbor route planner is now €90,000", "D-H1", 80000)]
    [InlineData("U-ZH", "百川物流那个单子客户要按美元签，金额3万美元", "D-B1", 200000)]
    public async Task DealAmount_SaidInAnotherCurrencyThanTheDeals_AsksAndWritesNothing(string user, string message, string dealId, int amount)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync(user, message);

        reply.Single<ClarificationResult>();
        await using var db = chat.Store();
        Assert.Equal(amount, (await db.Deals.SingleAsync(d => d.Id == dealId)).Amount);
    }

    [Fact]
    public async Task DealAmount_SaidInAnotherCurrency_TakesTheAmountAnsweredInTheDealsCurrency()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        Assert.Contains("USD", (await chat.SendAsync("U-REP", "Pinecrest POS upgrade amount is 60k euros")).Single<ClarificationResult>().Question, StringComparison.Ordinal);
        await chat.SendAsync("U-REP", "65k");

        await using var db = chat.Store();
        Assert.Equal(65000m, (await db.Deals.SingleAsync(d => d.Id == "D-P1")).Amount);
    }

    [Theory]
    [InlineData("U-ZH", "云杉数据中台那个 演示约在下周四 下一步就写演示", "D-Y1", "演示", "2026-11-26")]
    [InlineData("U-REP", "Pinecrest POS upgrade - Owen wants a demo next Tues, pls make that the next step", "D-P1", "demo", "2026-11-24")]
    public async Task NextStepNamedByWhatWasArranged_TakesTheDayItWasArrangedFor(string user, string message, string deal, string step, string due)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        var changed = await db.Deals.SingleAsync(d => d.Id == deal);
        Assert.Contains(step, changed.NextStep);
        Assert.Equal(DateOnly.Parse(due), changed.NextStepDue);
    }

    [Theory]
    [InlineData("push harbor out to mid jan")]
    [InlineData("push harbor route out to jan 15")]
    public async Task CustomerPushedOutToADate_MovesItsOneOpenDealsCloseDate(string message)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", message);

        await using var db = chat.Store();
        Assert.Equal(new DateOnly(2027, 1, 15), (await db.Deals.SingleAsync(d => d.Id == "D-H1")).CloseDate);
    }

    [Theory]
    [InlineData("U-REP", "harbor route planner is closed lost - they went with Routely's bundled planner", "Routely")]
    [InlineData("U-MGR", "riley lost harbor route planner, they went with an in-house team. pls mark it", "in-house")]
    public async Task DealLost_WithWhoWonSaidAfterIt_KeepsThatAsTheLostReason(string user, string message, string reason)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-H1");
        Assert.Equal(DealStage.Lost, deal.Stage);
        Assert.Contains(reason, deal.LostReason, StringComparison.Ordinal);
        Assert.DoesNotContain("mark it", deal.LostReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("next step on the Harbor deal: exec sponsor call tuesday")]
    [InlineData("set next step on riley's harbor deal: exec sponsor call on tuesday")]
    public async Task NextStepAfterTheWordsThatPointAtTheDealAndAColon_IsTheStepAlone(string message)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-MGR", message);

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-H1");
        Assert.Equal(("exec sponsor call", (DateOnly?)new DateOnly(2026, 11, 24)), (deal.NextStep, deal.NextStepDue));
    }

    [Theory]
    [InlineData("百川 的 仓储管理 丢 了 嗯 他们 选 了 本地 的 一家 厂商 价格 便宜 一半", "厂商")]
    [InlineData("百川物流仓储管理丢单了，客户最后选了一家做物流软件的供应商", "供应商")]
    public async Task DealLost_WithTheVendorChosenInsteadSaidAfterIt_KeepsThatAsTheLostReason(string message, string reason)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", message);

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-B1");
        Assert.Equal(DealStage.Lost, deal.Stage);
        Assert.Contains(reason, deal.LostReason, StringComparison.Ordinal);
    }
}
