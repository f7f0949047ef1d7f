using Crm.Data.Deals;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// Asked which deal they mean, people answer by what the deal is like ("the proposal one", "谈判那个", "the 50k
/// one", "小的那个"): the bot takes the one offered deal at that stage or of that size, and guesses nothing when
/// none or several are.
/// </summary>
public sealed class AnswerByAttributeConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Dec22 = new(2026, 12, 22);

    [Theory]
    [InlineData("the proposal one", "D-P1", "D-P2")]
    [InlineData("the one in proposal", "D-P1", "D-P2")]
    [InlineData("proposal stage, please", "D-P1", "D-P2")]
    [InlineData("the Pinecrest one in proposal", "D-P1", "D-P2")]
    [InlineData("the qualified one", "D-P2", "D-P1")]
    [InlineData("the one that's still in qualification", "D-P2", "D-P1")]
    public async Task WhichDealQuestion_AnsweredByStage_MovesTheCloseDateOfThatDealOnly(string answer, string chosen, string other)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        var before = await DealsAsync(chat);

        var question = (await chat.SendAsync("U-REP", "push the Pinecrest close date to Dec 22")).Single<ClarificationResult>();
        Assert.Equal(2, question.Choices.Count);
        Assert.Equal(before, await DealsAsync(chat));
        await chat.SendAsync("U-REP", answer);

        var after = await DealsAsync(chat);
        Assert.Equal(Dec22, after[chosen].CloseDate);
        Assert.Equal(before[other], after[other]);
    }

    [Theory]
    [InlineData("在报价阶段的那个", "D-Y1", "D-Y2")]
    [InlineData("报价那个", "D-Y1", "D-Y2")]
    [InlineData("云杉报价那个", "D-Y1", "D-Y2")]
    [InlineData("初步接触的那个", "D-Y2", "D-Y1")]
    [InlineData("还在初步接触阶段的", "D-Y2", "D-Y1")]
    public async Task WhichDealQuestionInChinese_AnsweredByStage_SetsTheAmountOfThatDealOnly(string answer, string chosen, string other)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        var before = await DealsAsync(chat);

        var question = (await chat.SendAsync("U-ZH", "云杉的单子金额改成三十二万")).Single<ClarificationResult>();
        Assert.Equal(2, question.Choices.Count);
        await chat.SendAsync("U-ZH", answer);

        var after = await DealsAsync(chat);
        Assert.Equal(320000m, after[chosen].Amount);
        Assert.Equal(before[other], after[other]);
    }

    [Fact]
    public async Task WhichDealQuestionOverManyDeals_AnsweredByTheOnlyStageOfOne_UpdatesThatOne()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        var before = await DealsAsync(chat);

        var question = (await chat.SendAsync("U-REP", "set the close date to end of next month")).Single<ClarificationResult>();
        Assert.True(question.Choices.Count >= 3);
        await chat.SendAsync("U-REP", "the one in negotiation");

        var after = await DealsAsync(chat);
        Assert.Equal(new DateOnly(2026, 12, 31), after["D-H1"].CloseDate);
        Assert.Equal(before.Where(d => d.Key != "D-H1"), after.Where(d => d.Key != "D-H1"));
    }

    [Fact]
    public async Task StageAnswer_FittingTwoOfferedDeals_IsNotGuessed_AndAStageOfOneThenIs()
    {
        await using var chat = await ConversationScript.StartAsync(s =>
        {
            ConversationSeed.Build(s);
            s.Deal("D-P3", "ACC-PIN", "Pinecrest kiosk rollout", "U-REP", DealStage.Proposal, 35000, new DateOnly(2027, 2, 1));
        }, Now);
        var before = await DealsAsync(chat);

        var question = (await chat.SendAsync("U-REP", "push the Pinecrest close date to Dec 22")).Single<ClarificationResult>();
        Assert.Equal(3, question.Choices.Count);
        await chat.SendAsync("U-REP", "the proposal one");
        Assert.Equal(before, await DealsAsync(chat));

        (await chat.SendAsync("U-REP", "push the Pinecrest close date to Dec 22")).Single<ClarificationResult>();
        await chat.SendAsync("U-REP", "the qualified one");
        var after = await DealsAsync(chat);
        Assert.Equal(Dec22, after["D-P2"].CloseDate);
        Assert.Equal(before.Where(d => d.Key != "D-P2"), after.Where(d => d.Key != "D-P2"));
    }

    [Fact]
    public async Task StageAnswer_FittingNoOfferedDeal_IsNotGuessed_AndAFittingOneThenIs()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        var before = await DealsAsync(chat);

        (await chat.SendAsync("U-REP", "push the Pinecrest close date to Dec 22")).Single<ClarificationResult>();
        // The question stands, asked again; the answer is not read as a request to move a deal to negotiation.
        (await chat.SendAsync("U-REP", "the one in negotiation")).Single<ClarificationResult>();
        Assert.Equal(before, await DealsAsync(chat));

        await chat.SendAsync("U-REP", "the proposal one");
        var after = await DealsAsync(chat);
        Assert.Equal(Dec22, after["D-P1"].CloseDate);
        Assert.Equal(before.Where(d => d.Key != "D-P1"), after.Where(d => d.Key != "D-P1"));
    }

    [Fact]
    public async Task StageAnswerInChinese_FittingNoOfferedDeal_IsNotGuessed_AndAFittingOneThenIs()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        var before = await DealsAsync(chat);

        (await chat.SendAsync("U-ZH", "云杉的单子金额改成三十二万")).Single<ClarificationResult>();
        (await chat.SendAsync("U-ZH", "谈判那个")).Single<ClarificationResult>();
        Assert.Equal(before, await DealsAsync(chat));

        await chat.SendAsync("U-ZH", "初步接触那个");
        var after = await DealsAsync(chat);
        Assert.Equal(320000m, after["D-Y2"].Amount);
        Assert.Equal(before.Where(d => d.Key != "D-Y2"), after.Where(d => d.Key != "D-Y2"));
    }

    [Theory]
    [InlineData("the 50k one", "D-P1", "D-P2")]
    [InlineData("the one worth about $20,000", "D-P2", "D-P1")]
    [InlineData("the bigger one", "D-P1", "D-P2")]
    [InlineData("the smaller one please", "D-P2", "D-P1")]
    public async Task WhichDealQuestion_AnsweredBySize_MovesTheCloseDateOfThatDealOnly(string answer, string chosen, string other)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        var before = await DealsAsync(chat);

        (await chat.SendAsync("U-REP", "push the Pinecrest close date to Dec 22")).Single<ClarificationResult>();
        await chat.SendAsync("U-REP", answer);

        var after = await DealsAsync(chat);
        Assert.Equal(Dec22, after[chosen].CloseDate);
        Assert.Equal(before[other], after[other]);
    }

    [Theory]
    [InlineData("小的那个", "D-Y2", "D-Y1")]
    [InlineData("金额大的那个", "D-Y1", "D-Y2")]
    [InlineData("三十万那个", "D-Y1", "D-Y2")]
    [InlineData("12万的那个", "D-Y2", "D-Y1")]
    public async Task WhichDealQuestionInChinese_AnsweredBySize_SetsTheAmountOfThatDealOnly(string answer, string chosen, string other)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        var before = await DealsAsync(chat);

        (await chat.SendAsync("U-ZH", "云杉的单子金额改成三十二万")).Single<ClarificationResult>();
        await chat.SendAsync("U-ZH", answer);

        var after = await DealsAsync(chat);
        Assert.Equal(320000m, after[chosen].Amount);
        Assert.Equal(before[other], after[other]);
    }

    [Fact]
    public async Task SizeAnswer_FittingNoOfferedDeal_IsAskedAgain_AndAFittingOneThenIsTaken()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        var before = await DealsAsync(chat);

        (await chat.SendAsync("U-REP", "push the Pinecrest close date to Dec 22")).Single<ClarificationResult>();
        (await chat.SendAsync("U-REP", "the 35k one")).Single<ClarificationResult>();
        Assert.Equal(before, await DealsAsync(chat));

        await chat.SendAsync("U-REP", "the 20k one");
        var after = await DealsAsync(chat);
        Assert.Equal(Dec22, after["D-P2"].CloseDate);
        Assert.Equal(before.Where(d => d.Key != "D-P2"), after.Where(d => d.Key != "D-P2"));
    }

    private sealed record DealState(DealStage Stage, decimal? Amount, DateOnly? CloseDate);

    private static async Task<SortedDictionary<string, DealState>> DealsAsync(ConversationScript chat)
    {
        await using var db = chat.Store();
        var deals = await db.Deals.AsNoTracking().ToListAsync();
        return new(deals.ToDictionary(d => d.Id, d => new DealState(d.Stage, d.Amount, d.CloseDate)), StringComparer.Ordinal);
    }
}
