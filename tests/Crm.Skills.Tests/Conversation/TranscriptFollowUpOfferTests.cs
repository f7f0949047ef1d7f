using Crm.Data.Deals;
using Crm.Data.Tickets;
using Crm.Skills.Conversation;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>A transcript offers the stage moves, amounts and problems it heard; only what is picked is written.</summary>
public sealed class TranscriptFollowUpOfferTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    private static TurnAttachment Plain(string text) => new("text/plain", "call.txt", text);

    [Fact]
    public async Task Transcript_WithAmountAndProblem_OffersThemAndWritesOnlyTheActivity()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        const string text = "Riley Chen: Thanks for joining, Dev.\nDev Malik: After the review we can do 65k for the first year.\n"
            + "Dev Malik: One thing, the driver app login fails every morning.\n";

        var reply = await chat.SendAsync("U-REP", "notes from my call with Harbor", MessageSource.Chat, Plain(text));

        reply.Part<ChangeResult>();
        var labels = reply.Part<ClarificationResult>().Choices.Select(c => c.Title).ToList();
        Assert.Contains("Set amount to $65,000", labels);
        Assert.Contains("Open ticket: the driver app login fails every morning", labels);
        await using var db = chat.Store();
        Assert.Equal(1, await db.ChangeSets.CountAsync());
        Assert.Equal(80000m, (await db.Deals.SingleAsync(d => d.Id == "D-H1")).Amount);
        Assert.Equal(0, await db.Tickets.CountAsync(t => t.AccountId == "ACC-HAR"));
    }

    [Fact]
    public async Task Transcript_StageOfferPicked_WritesOnlyTheStageAndUndoes()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        const string text = "Riley Chen: How did the loyalty app demo land with the team?\n"
            + "Lena Marsh: Very well. We are ready to sign for the loyalty app.\n";

        var reply = await chat.SendAsync("U-REP", "call with Pinecrest", MessageSource.Chat, Plain(text));

        var choices = reply.Part<ClarificationResult>().Choices;
        var move = Assert.Single(choices, c => c.Title == "Move Pinecrest loyalty app to negotiation");
        Assert.DoesNotContain(choices, c => c.Title.StartsWith("Set amount", StringComparison.Ordinal));
        await chat.SendAsync("U-REP", move.Value);
        await using (var db = chat.Store())
        {
            var deals = await db.Deals.Where(d => d.AccountId == "ACC-PIN").OrderBy(d => d.Id).ToListAsync();
            Assert.Equal([(DealStage.Proposal, 50000m), (DealStage.Negotiation, 20000m)], deals.Select(d => (d.Stage, d.Amount!.Value)));
            Assert.Equal(2, await db.ChangeSets.CountAsync());
            Assert.Equal(0, await db.Tasks.CountAsync());
        }
        await chat.SendAsync("U-REP", "undo");
        await using var after = chat.Store();
        Assert.Equal(DealStage.Qualified, (await after.Deals.SingleAsync(d => d.Id == "D-P2")).Stage);
    }

    [Fact]
    public async Task Transcript_WithPlainBudgetFigure_OffersThatAmount()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        const string text = "Riley Chen: Where did finance land?\nDev Malik: Our budget is 72,500 for the route planner.\n";

        var reply = await chat.SendAsync("U-REP", "call with Harbor", MessageSource.Chat, Plain(text));

        Assert.Contains("Set amount to $72,500", reply.Part<ClarificationResult>().Choices.Select(c => c.Title));
    }

    [Fact]
    public async Task Transcript_WithoutSignals_OffersNoStageAmountOrTicket()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        const string text = "Riley Chen: Good to catch up, Dev.\nDev Malik: The drivers like the new routes and the pilot went smoothly.\n"
            + "Dev Malik: We have 40 trucks on it now.\n";

        var reply = await chat.SendAsync("U-REP", "call with Harbor", MessageSource.Chat, Plain(text));

        Assert.Empty(reply.Part<ClarificationResult>().Choices);
        await using var db = chat.Store();
        Assert.Equal(1, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task Transcript_InChinese_OffersAmountAndTicketAndAppliesAll()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        const string text = "周杰：韩总好，上次的方案您看了吗？\n韩梅：看了，价格四十五万可以。\n韩梅：另外仓库的扫码枪和系统不同步，很影响发货。\n";

        var reply = await chat.SendAsync("U-ZH", "和百川物流开会的记录", MessageSource.Chat, Plain(text));

        var labels = reply.Part<ClarificationResult>().Choices.Select(c => c.Title).ToList();
        Assert.Contains("百川物流 仓储管理 金额设为 ¥45万", labels);
        Assert.Contains(labels, l => l.StartsWith("建工单：", StringComparison.Ordinal) && l.Contains("不同步", StringComparison.Ordinal));
        await chat.SendAsync("U-ZH", "全部");
        await using var db = chat.Store();
        Assert.Equal(450000m, (await db.Deals.SingleAsync(d => d.Id == "D-B1")).Amount);
        var ticket = await db.Tickets.SingleAsync(t => t.AccountId == "ACC-BC");
        Assert.Contains("扫码枪", ticket.Description);
        Assert.Equal(2, await db.ChangeSets.CountAsync());
    }

    private const string HarborPromises = "Riley Chen: Thanks for the time, Dev.\nDev Malik: We still need the revised order form and a security review.\n"
        + "Riley Chen: Sure. I'll send the revised order form tomorrow.\nRiley Chen: And I'll book the security review for next Monday.\n";

    private const string BaichuanPromises = "周杰：韩总好，上次的方案您看了吗？\n韩梅：看了，我们还需要一份培训计划和最终报价。\n"
        + "周杰：明天把培训计划发给您。\n周杰：下周五前出一版最终报价。\n";

    [Theory]
    [InlineData("just the first one", "Send the revised order form")]
    [InlineData("the order form one", "Send the revised order form")]
    [InlineData("add the security review, skip the order form", "Book the security review")]
    public async Task Offer_PickedByPositionOrTitleWords_WritesOnlyThatTask(string answer, string title)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-REP", "call with Dev at Harbor", MessageSource.Chat, Plain(HarborPromises));

        (await chat.SendAsync("U-REP", answer)).Single<ChangeResult>();

        await using var db = chat.Store();
        Assert.Equal(title, (await db.Tasks.SingleAsync()).Title);
    }

    [Theory]
    [InlineData("只加第一个就行", "把培训计划发给您", 19)]
    [InlineData("报价那个加上就行，培训计划不用", "出一版最终报价", 27)]
    public async Task Offer_InChinese_PickedByPositionOrTitleWords_WritesOnlyThatTask(string answer, string title, int day)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-ZH", "跟百川韩总的电话", MessageSource.Chat, Plain(BaichuanPromises));

        (await chat.SendAsync("U-ZH", answer)).Single<ChangeResult>();

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync();
        Assert.Equal((title, new DateOnly(2026, 11, day)), (task.Title, task.DueAt));
    }

    [Theory]
    [InlineData("U-REP", "call with Dev at Harbor", "no thanks")]
    [InlineData("U-ZH", "跟百川韩总的电话", "不用了")]
    [InlineData("U-REP", "call with Dev at Harbor", "thanks")]
    public async Task Offer_DeclinedOrOnlyThanked_IsAcknowledgedAndWritesNothing(string user, string message, string answer)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync(user, message, MessageSource.Chat, Plain(user == "U-ZH" ? BaichuanPromises : HarborPromises));

        var reply = await chat.SendAsync(user, answer);

        var text = reply.Single<MessageResult>().Text;
        Assert.DoesNotContain("Sorry", text, StringComparison.Ordinal);
        Assert.DoesNotContain("抱歉", text, StringComparison.Ordinal);
        await using var db = chat.Store();
        Assert.Equal(0, await db.Tasks.CountAsync());
        Assert.Equal(1, await db.ChangeSets.CountAsync());
    }

    [Theory]
    [InlineData("U-REP", "call with Dev at Harbor", "do both but make the second one due thursday instead", 19, 19)]
    [InlineData("U-ZH", "跟百川韩总的电话", "都加上，不过第一个改到下周一", 23, 27)]
    public async Task Offer_AllPickedWithADayChanged_GivesThatTaskTheNewDay(string user, string message, string answer, int first, int second)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync(user, message, MessageSource.Chat, Plain(user == "U-ZH" ? BaichuanPromises : HarborPromises));

        await chat.SendAsync(user, answer);

        await using var db = chat.Store();
        var due = await db.Tasks.OrderBy(t => t.Id).Select(t => t.DueAt).ToListAsync();
        Assert.Equal([new DateOnly(2026, 11, first), new DateOnly(2026, 11, second)], due);
    }

    [Fact]
    public async Task Offer_FollowedByARequestOfItsOwn_LapsesAndTheRequestIsRefusedAlone()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        const string text = "Tara Nguyen: Hi Dev, how is the driver app since the fix?\nDev Malik: Stable. And we're signing the route planner at 66k.\n"
            + "Tara Nguyen: Great, I'll let Riley know tomorrow.\n";
        await chat.SendAsync("U-SUP", "call with Dev at Harbor", MessageSource.Chat, Plain(text));

        var reply = await chat.SendAsync("U-SUP", "ok update the route planner amount to 66k");

        reply.Single<RefusalResult>();
        await using var db = chat.Store();
        Assert.Equal(0, await db.Tasks.CountAsync());
        Assert.Equal(80000m, (await db.Deals.SingleAsync(d => d.Id == "D-H1")).Amount);
    }

    [Fact]
    public async Task Offer_AcceptedWithATicketChange_WritesBothInOneChange()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        const string text = "Lena Marsh: The label printer still drops jobs.\nTara Nguyen: I'll call you back on Monday to confirm the driver update.\n";
        await chat.SendAsync("U-SUP", "call with Lena Marsh at Pinecrest", MessageSource.Chat, Plain(text));

        await chat.SendAsync("U-SUP", "yes please, and set T-700 to waiting on customer");

        await using var db = chat.Store();
        Assert.Contains("driver update", (await db.Tasks.SingleAsync()).Title, StringComparison.Ordinal);
        Assert.Equal(TicketStatus.Pending, (await db.Tickets.SingleAsync(t => t.Id == "T-700")).Status);
        Assert.Equal(2, await db.ChangeSets.CountAsync());
    }

    [Theory]
    [InlineData("U-REP", "call with Dev at Harbor", "update the route planner to 95k and add the order form task", "D-H1", 95000, 1)]
    [InlineData("U-REP", "call with Dev at Harbor", "move it to proposal at 95k, no tasks needed", "D-H1", 95000, 0)]
    [InlineData("U-ZH", "跟百川韩总的电话", "金额改成二十七万，待办也加上", "D-B1", 270000, 2)]
    public async Task Offer_AnsweredBesideADealChange_WritesTheChangeAndThePickedTasks(string user, string message, string answer, string dealId, int amount, int tasks)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync(user, message, MessageSource.Chat, Plain(user == "U-ZH" ? BaichuanPromises : HarborPromises));

        (await chat.SendAsync(user, answer)).Single<ChangeResult>();

        await using var db = chat.Store();
        Assert.Equal(amount, (await db.Deals.SingleAsync(d => d.Id == dealId)).Amount);
        Assert.Equal(tasks, await db.Tasks.CountAsync());
    }
}
