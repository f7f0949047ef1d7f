using Crm.Data.Deals;
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
}
