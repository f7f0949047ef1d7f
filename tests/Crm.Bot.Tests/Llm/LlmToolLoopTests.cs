using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bot.Tests.Llm;

public sealed class LlmToolLoopTests : IAsyncLifetime
{
    private ScriptedModelServer server = null!;
    private LlmBot bot = null!;

    public async Task InitializeAsync()
    {
        server = await ScriptedModelServer.StartAsync();
        bot = await LlmBot.StartAsync(server);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task ToolCall_LogActivity_WritesAttributedAuditedRecordThatUndoReverts()
    {
        server.Then(
            ModelReply.Calls(("log_activity", """{"accountId":"ACC-BRM","type":"Call","summary":"Orla wants pallet sensors priced","contactId":"C-BRM-1"}""")),
            ModelReply.Text("Logged your call with Orla."));

        var reply = await bot.SendAsync("Orla from Bramblewood rang me, she wants pallet sensors priced");

        var change = Assert.IsType<ChangeResult>(Assert.Single(reply.Parts));
        var activity = await bot.QueryAsync(db => db.Activities.SingleAsync());
        Assert.Equal(("ACC-BRM", "C-BRM-1", "U-RIV", ActivityType.Call, ActivitySource.Chat), (activity.AccountId, activity.ContactId, activity.UserId, activity.Type, activity.Source));
        Assert.Equal("Orla wants pallet sensors priced", activity.Summary);
        Assert.Contains(await bot.QueryAsync(db => db.FieldChanges.Where(f => f.ChangeSetId == change.ChangeSetId).Select(f => f.Field).ToListAsync()), f => f == "summary");
        var first = server.Requests.First();
        Assert.Equal("Bearer " + LlmBot.ApiKey, first.Authorization);
        Assert.Contains("C-BRM-1", first.AllText, StringComparison.Ordinal);
        Assert.Contains("log_activity", first.Body["tools"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("undo_last", first.Body["tools"]!.ToJsonString(), StringComparison.Ordinal);

        var undo = await bot.SendAsync("undo");

        Assert.IsType<UndoResult>(undo.Parts[0]);
        Assert.Equal(0, await bot.QueryAsync(db => db.Activities.CountAsync()));
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task ParallelToolCalls_InOneResponse_AreWrittenTogetherInOneChangeSet()
    {
        server.Then(
            ModelReply.Calls(
                ("update_deal", """{"dealId":"D-7001","stage":"Negotiation","amount":45000}"""),
                ("create_task", """{"title":"Send the cold chain contract","dueDate":"2026-11-20","accountId":"ACC-BRM","dealId":"D-7001"}""")),
            ModelReply.Text("Done."));

        var reply = await bot.SendAsync("bramblewood cold chain is in negotiation at 45k now, and I must send them the contract by Friday");

        var change = Assert.IsType<ChangeResult>(Assert.Single(reply.Parts));
        Assert.Equal(2, change.Records.Count);
        var deal = await bot.QueryAsync(db => db.Deals.SingleAsync(d => d.Id == "D-7001"));
        Assert.Equal((DealStage.Negotiation, 45000m), (deal.Stage, deal.Amount));
        var task = await bot.QueryAsync(db => db.Tasks.SingleAsync());
        Assert.Equal(("Send the cold chain contract", new DateOnly(2026, 11, 20), "U-RIV"), (task.Title, task.DueAt, task.OwnerId));
        Assert.Equal(1, await bot.QueryAsync(db => db.ChangeSets.CountAsync()));
    }

    [Fact]
    public async Task MalformedArguments_RepairedOnTheSecondTry_WritesTheRepairedCall()
    {
        server.Then(
            ModelReply.Calls(("update_deal", """{"dealId":"D-7001","stage":"Signing"}""")),
            ModelReply.Calls(("update_deal", """{"dealId":"D-7001","stage":"Negotiation"}""")),
            ModelReply.Text("Moved it."));

        var reply = await bot.SendAsync("bramblewood cold chain has gone to signing talks");

        Assert.IsType<ChangeResult>(Assert.Single(reply.Parts));
        Assert.Equal(DealStage.Negotiation, await bot.QueryAsync(db => db.Deals.Where(d => d.Id == "D-7001").Select(d => d.Stage).SingleAsync()));
        var second = server.Requests.ElementAt(1);
        var toolMessage = second.Messages.Last()!;
        Assert.Equal("tool", (string?)toolMessage["role"]);
        Assert.Contains("'stage' must be one of", (string?)toolMessage["content"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedArguments_PastTheRepairLimit_WriteNothing()
    {
        server.Then(
            ModelReply.Calls(("update_deal", """{"dealId":"D-7001","stage":""")),
            ModelReply.Calls(("update_deal", """{"dealId":"D-9999","stage":"Won"}""")),
            ModelReply.Calls(("update_deal", """{"deal":"D-7001","stage":"Won"}""")),
            ModelReply.Text("Won."));

        var reply = await bot.SendAsync("Bramblewood Foods");

        Assert.Equal(3, server.Requests.Count);
        Assert.DoesNotContain(reply.Parts, p => p is ChangeResult);
        Assert.Equal(0, await bot.QueryAsync(db => db.ChangeSets.CountAsync()));
        Assert.Equal(DealStage.Proposal, await bot.QueryAsync(db => db.Deals.Where(d => d.Id == "D-7001").Select(d => d.Stage).SingleAsync()));
        Assert.Contains(bot.Logs.Lines, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Warning && l.Text.Contains("malformed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ModelAsksAQuestion_TheAnswerReachesItWithTheEarlierRequest_ThenTheWriteHappens()
    {
        server.Then(
            ModelReply.Text("Which stage should the Bramblewood cold chain deal move to?"),
            ModelReply.Calls(("update_deal", """{"dealId":"D-7001","stage":"Negotiation"}""")),
            ModelReply.Text("Moved."));

        var question = await bot.SendAsync("nudge bramblewood along a stage please");
        var answer = await bot.SendAsync("negotiation");

        Assert.EndsWith("?", Assert.IsType<MessageResult>(Assert.Single(question.Parts)).Text, StringComparison.Ordinal);
        Assert.IsType<ChangeResult>(Assert.Single(answer.Parts));
        Assert.Equal(DealStage.Negotiation, await bot.QueryAsync(db => db.Deals.Where(d => d.Id == "D-7001").Select(d => d.Stage).SingleAsync()));
        var followUp = server.Requests.ElementAt(1).AllText;
        Assert.Contains("The user's previous message: nudge bramblewood along a stage please", followUp, StringComparison.Ordinal);
        Assert.Contains("You asked: Which stage", followUp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorrectionAfterAModelWrite_ModelSeesThePreviousRecord_AndChangesItInsteadOfAddingOne()
    {
        server.Then(
            ModelReply.Calls(("log_activity", """{"accountId":"ACC-BRM","type":"Call","summary":"Sensor pricing with Orla"}""")),
            ModelReply.Text("Logged."));
        await bot.SendAsync("spoke to orla at bramblewood about sensor pricing");
        var id = await bot.QueryAsync(db => db.Activities.Select(a => a.Id).SingleAsync());
        server.Then(
            ModelReply.Calls(("update_activity", $$"""{"activityId":"{{id}}","type":"Meeting"}""")),
            ModelReply.Text("Changed to a meeting."));

        var reply = await bot.SendAsync("hmm, we were face to face actually, so a meeting");

        Assert.IsType<ChangeResult>(Assert.Single(reply.Parts));
        var activity = await bot.QueryAsync(db => db.Activities.SingleAsync());
        Assert.Equal((id, ActivityType.Meeting), (activity.Id, activity.Type));
        Assert.Contains($"{id}: SkillCall", server.Requests.ElementAt(2).AllText, StringComparison.Ordinal);
    }
}
