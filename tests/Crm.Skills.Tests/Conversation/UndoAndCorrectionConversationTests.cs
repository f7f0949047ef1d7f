using Crm.Data.Activities;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>"undo" puts the store back as it was before the last message; a correction edits what it wrote.</summary>
public sealed class UndoAndCorrectionConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("U-REP", "met Owen at Pinecrest, remind me to send him the sizing sheet Friday", "undo")]
    [InlineData("U-REP", "Pinecrest POS upgrade amount is 61k now", "undo that")]
    [InlineData("U-ZH", "百川物流仓储管理的金额改成二十五万", "撤销")]
    [InlineData("U-ZH", "提醒我明天给沈经理打电话", "算了，撤回吧")]
    [InlineData("U-REP", "log a call with Dev at Harbor about the winter routes", "scratch that")]
    [InlineData("U-REP", "Pinecrest POS upgrade amount is 61k now", "oops, delete that")]
    [InlineData("U-ZH", "提醒我明天给沈经理打电话", "刚才那条不要了")]
    [InlineData("U-REP", "Pinecrest POS upgrade amount is 61k now", "oops, wrong deal - undo")]
    [InlineData("U-REP", "met Owen at Pinecrest, remind me to send him the sizing sheet Friday", "that was wrong, roll it back")]
    [InlineData("U-REP", "met Owen at Pinecrest, remind me to send him the sizing sheet Friday", "undo all of that")]
    public async Task Undo_AfterAWrite_LeavesTheStoreAsBefore(string user, string message, string undo)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await using (var before = chat.Store())
            Assert.Equal(0, await before.Activities.CountAsync() + await before.Tasks.CountAsync());

        (await chat.SendAsync(user, message)).Single<ChangeResult>();
        var reply = await chat.SendAsync(user, undo);

        reply.Single<UndoResult>();
        await using var db = chat.Store();
        Assert.Equal(0, await db.Activities.CountAsync() + await db.Tasks.CountAsync());
        Assert.Equal(50000m, (await db.Deals.SingleAsync(d => d.Id == "D-P1")).Amount);
        Assert.Equal(200000m, (await db.Deals.SingleAsync(d => d.Id == "D-B1")).Amount);
    }

    [Fact]
    public async Task Correction_OfActivityType_EditsTheSameRecord()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "log a call with Dev at Harbor about the winter routes");
        await chat.SendAsync("U-REP", "actually it was a meeting");

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync();
        Assert.Equal(ActivityType.Meeting, activity.Type);
    }

    [Theory]
    [InlineData("U-REP", "Harbor route planner amount is 90k", "sorry, I meant 95k", "D-H1", 95000)]
    [InlineData("U-ZH", "百川物流仓储管理的金额改成二十二万", "不对，是二十三万", "D-B1", 230000)]
    public async Task Correction_OfAmount_EditsTheDealInsteadOfWritingAgain(string user, string first, string correction, string dealId, decimal expected)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, first);
        await chat.SendAsync(user, correction);

        await using var db = chat.Store();
        Assert.Equal(expected, (await db.Deals.SingleAsync(d => d.Id == dealId)).Amount);
    }

    [Theory]
    [InlineData("U-REP", "move the Pinecrest POS upgrade to negotiation", "actually leave the stage as it is, just make the amount 45k", "D-P1", 45000)]
    [InlineData("U-ZH", "云杉数据中台推到谈判签约", "算了 阶段先不动 把金额改成二十八万就行", "D-Y1", 280000)]
    [InlineData("U-ZH", "云杉数据中台推到谈判签约", "不对不对 阶段没变 是金额改成28万", "D-Y1", 280000)]
    [InlineData("U-REP", "move the Pinecrest POS upgrade to negotiation", "no no, the stage didn't change, the amount is 45k", "D-P1", 45000)]
    public async Task StageKeptAsItWas_WithAnotherFieldCorrected_PutsTheStageBackAndSetsTheOther(string user, string first, string correction, string dealId, decimal amount)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync(user, first);

        await chat.SendAsync(user, correction);

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == dealId);
        Assert.Equal((Crm.Data.Deals.DealStage.Proposal, amount), (deal.Stage, deal.Amount));
    }

    [Theory]
    [InlineData("U-REP", "move the Pinecrest POS upgrade to negotiation and make it 55k", "don't change the stage")]
    [InlineData("U-ZH", "云杉数据中台推到谈判签约，金额改成三十二万", "阶段先不动吧")]
    public async Task FieldKeptAsItWas_GoesBack_AndTheRestOfTheChangeStays(string user, string first, string correction)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync(user, first);

        await chat.SendAsync(user, correction);

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == (user == "U-ZH" ? "D-Y1" : "D-P1"));
        Assert.Equal((Crm.Data.Deals.DealStage.Proposal, user == "U-ZH" ? 320000m : 55000m), (deal.Stage, deal.Amount));
    }

    [Fact]
    public async Task WrongPersonWritten_CorrectedByName_MovesTheCallToThatPerson()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-ZH", "刚跟云杉韩总通了电话 对方同意下周签合同");

        await chat.SendAsync("U-ZH", "写错人了 是沈经理");

        await using var db = chat.Store();
        Assert.Equal("CON-Y2", (await db.Activities.SingleAsync()).ContactId);
    }

    [Fact]
    public async Task Dismissal_WhileAQuestionIsOpen_LeavesTheWriteBeforeIt()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync("U-REP", "log a call with Dev at Harbor about the winter routes")).Single<ChangeResult>();
        (await chat.SendAsync("U-REP", "log a call with Lena")).Single<ClarificationResult>();

        var reply = await chat.SendAsync("U-REP", "scratch that");

        Assert.Empty(reply.Parts.OfType<UndoResult>());
        await using var db = chat.Store();
        Assert.Equal("CON-H1", (await db.Activities.SingleAsync()).ContactId);
    }

    [Fact]
    public async Task UndoWords_InsideARequest_DoNotUndo()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync("U-REP", "log a call with Dev at Harbor about the winter routes")).Single<ChangeResult>();

        (await chat.SendAsync("U-REP", "met Owen at Pinecrest, he wants us to roll back the scanner update")).Single<ChangeResult>();

        await using var db = chat.Store();
        Assert.Equal(2, await db.Activities.CountAsync());
    }

    [Fact]
    public async Task Undo_WithNothingWritten_SaysSoAndWritesNothing()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync("U-REP", "undo");

        Assert.Equal(RefusalReason.NothingToUndo, reply.Single<RefusalResult>().Reason);
    }
}
