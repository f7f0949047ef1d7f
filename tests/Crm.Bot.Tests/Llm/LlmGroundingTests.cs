using Crm.Data.Accounts;
using Crm.Data.Deals;
using Crm.Skills.Results;
using Crm.Skills.Understanding.Llm;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bot.Tests.Llm;

/// <summary>
/// Messages in which the embedded reading finds no request: a model write is applied only when the
/// user's own words name its records and say its values; anything else is offered, with nothing written.
/// </summary>
public sealed class LlmGroundingTests : ScriptedModelTest
{
    private const string EnglishChatter = "the bramblewood cold chain folks are negotiating hard with us these days";
    private const string ChineseChatter = "岚山物流那边冷库扩建的事，对方最近一直在议价";

    [Fact]
    public async Task GroundedModelWrite_OnAnEnglishPhrasingTheEmbeddedEngineMisses_IsAppliedAuditedAndUndoable_TheOtherDealIsOffered()
    {
        await AddOtherDealsAsync();
        Assert.Null(ModelTurn.AskedWrites(EnglishChatter));
        Server.Then(
            ModelReply.Calls(
                ("update_deal", """{"dealId":"D-7001","stage":"Negotiation"}"""),
                ("update_deal", """{"dealId":"D-7002","stage":"Lost"}""")),
            ModelReply.Text("Moved the cold chain deal to negotiation."));

        var reply = await Bot.SendAsync(EnglishChatter);

        var change = Assert.IsType<ChangeResult>(reply.Parts[0]);
        Assert.Equal("D-7001", Assert.Single(change.Records).RecordId);
        Assert.Equal(DealStage.Negotiation, await StageAsync("D-7001"));
        Assert.Equal(DealStage.Qualified, await StageAsync("D-7002"));
        Assert.Contains("stage", await Bot.QueryAsync(db => db.FieldChanges.Where(f => f.ChangeSetId == change.ChangeSetId).Select(f => f.Field).ToListAsync()));
        Assert.Equal("apply 1", Assert.Single(Assert.IsType<ClarificationResult>(reply.Parts[^1]).Choices).Value);

        var undo = await Bot.SendAsync("undo");

        Assert.IsType<UndoResult>(undo.Parts[0]);
        Assert.Equal(DealStage.Proposal, await StageAsync("D-7001"));
    }

    [Fact]
    public async Task ModelWrite_WithAStageTheEnglishMessageNeverSays_IsOfferedAndNothingIsWritten()
    {
        Server.Then(
            ModelReply.Calls(("update_deal", """{"dealId":"D-7001","stage":"Won"}""")),
            ModelReply.Text("Marked it won."));

        var reply = await Bot.SendAsync(EnglishChatter);

        Assert.DoesNotContain(reply.Parts, p => p is ChangeResult);
        // "Marked it won." would tell of a change that was not made: only the offer speaks.
        Assert.IsType<ClarificationResult>(Assert.Single(reply.Parts));
        Assert.Equal(DealStage.Proposal, await StageAsync("D-7001"));
        Assert.Equal(0, await Bot.QueryAsync(db => db.ChangeSets.CountAsync()));
    }

    [Fact]
    public async Task GroundedModelWrite_OnAChinesePhrasingTheEmbeddedEngineMisses_IsApplied_ADealTheMessageDoesNotNameIsOffered()
    {
        await AddOtherDealsAsync();
        Assert.Null(ModelTurn.AskedWrites(ChineseChatter));
        Server.Then(
            ModelReply.Calls(
                ("update_deal", """{"dealId":"D-7003","stage":"Negotiation"}"""),
                ("update_deal", """{"dealId":"D-7001","stage":"Negotiation"}""")),
            ModelReply.Text("已更新。"));

        var reply = await Bot.SendAsync(ChineseChatter);

        Assert.Equal("D-7003", Assert.Single(Assert.IsType<ChangeResult>(reply.Parts[0]).Records).RecordId);
        Assert.Equal(DealStage.Negotiation, await StageAsync("D-7003"));
        Assert.Equal(DealStage.Proposal, await StageAsync("D-7001"));
        Assert.Contains("要应用吗", Assert.IsType<ClarificationResult>(reply.Parts[^1]).Question, StringComparison.Ordinal);

        await Bot.SendAsync("撤销");

        Assert.Equal(DealStage.NeedsAnalysis, await StageAsync("D-7003"));
    }

    [Fact]
    public async Task ModelWrite_WithAStageTheChineseMessageNeverSays_IsOfferedAndNothingIsWritten()
    {
        await AddOtherDealsAsync();
        Server.Then(
            ModelReply.Calls(("update_deal", """{"dealId":"D-7003","stage":"Won"}""")),
            ModelReply.Text("已标记为赢单。"));

        var reply = await Bot.SendAsync(ChineseChatter);

        Assert.DoesNotContain(reply.Parts, p => p is ChangeResult);
        Assert.IsType<ClarificationResult>(reply.Parts[^1]);
        Assert.Equal(DealStage.NeedsAnalysis, await StageAsync("D-7003"));
        Assert.Equal(0, await Bot.QueryAsync(db => db.ChangeSets.CountAsync()));
    }

    [Fact]
    public async Task UngroundedWriteOffered_WhenTheUserPicksIt_IsApplied()
    {
        await AddOtherDealsAsync();
        Server.Then(
            ModelReply.Calls(("update_deal", """{"dealId":"D-7002","amount":12000}""")),
            ModelReply.Text("Updated."));

        await Bot.SendAsync(EnglishChatter);
        var applied = await Bot.SendAsync("apply 1");

        Assert.IsType<ChangeResult>(Assert.Single(applied.Parts));
        Assert.Equal(12000m, await Bot.QueryAsync(db => db.Deals.Where(d => d.Id == "D-7002").Select(d => d.Amount).SingleAsync()));
    }

    private Task<DealStage> StageAsync(string id) => Bot.QueryAsync(db => db.Deals.Where(d => d.Id == id).Select(d => d.Stage).SingleAsync());

    private Task AddOtherDealsAsync() => Bot.AddAsync(
        new Account { Id = "ACC-QUI", Name = "Quillon Marine", OwnerId = "U-RIV", Currency = "USD" },
        new Deal { Id = "D-7002", AccountId = "ACC-QUI", Name = "Quillon dockside monitors", OwnerId = "U-RIV", Stage = DealStage.Qualified, Amount = 8000, Currency = "USD" },
        new Account { Id = "ACC-LSW", Name = "岚山物流", OwnerId = "U-RIV", Currency = "CNY" },
        new Deal { Id = "D-7003", AccountId = "ACC-LSW", Name = "岚山冷库扩建", OwnerId = "U-RIV", Stage = DealStage.NeedsAnalysis, Amount = 300000, Currency = "CNY" });
}
