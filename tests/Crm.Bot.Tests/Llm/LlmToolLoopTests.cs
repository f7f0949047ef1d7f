using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bot.Tests.Llm;

public sealed class LlmToolLoopTests : ScriptedModelTest
{
    [Fact]
    public async Task ToolCall_LogActivity_WritesAttributedAuditedRecordThatUndoReverts()
    {
        Server.Then(
            ModelReply.Calls(("log_activity", """{"accountId":"ACC-BRM","type":"Call","summary":"Orla wants pallet sensors priced","contactId":"C-BRM-1"}""")),
            ModelReply.Text("Logged your call with Orla."));

        var reply = await Bot.SendAsync("Orla from Bramblewood rang me, she wants pallet sensors priced");

        var change = Assert.IsType<ChangeResult>(Assert.Single(reply.Parts));
        var activity = await Bot.QueryAsync(db => db.Activities.SingleAsync());
        Assert.Equal(("ACC-BRM", "C-BRM-1", "U-RIV", ActivityType.Call, ActivitySource.Chat), (activity.AccountId, activity.ContactId, activity.UserId, activity.Type, activity.Source));
        Assert.Equal("Orla wants pallet sensors priced", activity.Summary);
        Assert.Contains(await Bot.QueryAsync(db => db.FieldChanges.Where(f => f.ChangeSetId == change.ChangeSetId).Select(f => f.Field).ToListAsync()), f => f == "summary");
        var first = Server.Requests.First();
        Assert.Equal("Bearer " + LlmBot.ApiKey, first.Authorization);
        Assert.Contains("C-BRM-1", first.AllText, StringComparison.Ordinal);
        Assert.Contains("log_activity", first.Body["tools"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("undo_last", first.Body["tools"]!.ToJsonString(), StringComparison.Ordinal);

        var undo = await Bot.SendAsync("undo");

        Assert.IsType<UndoResult>(undo.Parts[0]);
        Assert.Equal(0, await Bot.QueryAsync(db => db.Activities.CountAsync()));
        Assert.Equal(2, Server.Requests.Count);
    }

    [Fact]
    public async Task ParallelToolCalls_InOneResponse_AreWrittenTogetherInOneChangeSet()
    {
        Server.Then(
            ModelReply.Calls(
                ("update_deal", """{"dealId":"D-7001","stage":"Negotiation","amount":45000}"""),
                ("create_task", """{"title":"Send the cold chain contract","dueDate":"2026-11-20","accountId":"ACC-BRM","dealId":"D-7001"}""")),
            ModelReply.Text("Done."));

        var reply = await Bot.SendAsync("bramblewood cold chain is in negotiation at 45k now, and remind me to send them the contract by Friday");

        var change = Assert.IsType<ChangeResult>(Assert.Single(reply.Parts));
        Assert.Equal(2, change.Records.Count);
        var deal = await Bot.QueryAsync(db => db.Deals.SingleAsync(d => d.Id == "D-7001"));
        Assert.Equal((DealStage.Negotiation, 45000m), (deal.Stage, deal.Amount));
        var task = await Bot.QueryAsync(db => db.Tasks.SingleAsync());
        Assert.Equal(("Send the cold chain contract", new DateOnly(2026, 11, 20), "U-RIV"), (task.Title, task.DueAt, task.OwnerId));
        Assert.Equal(1, await Bot.QueryAsync(db => db.ChangeSets.CountAsync()));
    }

    [Fact]
    public async Task MalformedArguments_RepairedOnTheSecondTry_WritesTheRepairedCall()
    {
        Server.Then(
            ModelReply.Calls(("update_deal", """{"dealId":"D-7001","stage":"Signing"}""")),
            ModelReply.Calls(("update_deal", """{"dealId":"D-7001","stage":"Negotiation"}""")),
            ModelReply.Text("Moved it."));

        var reply = await Bot.SendAsync("bramblewood cold chain, we are negotiating terms with them");

        Assert.IsType<ChangeResult>(Assert.Single(reply.Parts));
        Assert.Equal(DealStage.Negotiation, await Bot.QueryAsync(db => db.Deals.Where(d => d.Id == "D-7001").Select(d => d.Stage).SingleAsync()));
        var second = Server.Requests.ElementAt(1);
        var toolMessage = second.Messages.Last()!;
        Assert.Equal("tool", (string?)toolMessage["role"]);
        Assert.Contains("'stage' must be one of", (string?)toolMessage["content"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedArguments_PastTheRepairLimit_WriteNothing()
    {
        Server.Then(
            ModelReply.Calls(("update_deal", """{"dealId":"D-7001","stage":""")),
            ModelReply.Calls(("update_deal", """{"dealId":"D-9999","stage":"Won"}""")),
            ModelReply.Calls(("update_deal", """{"deal":"D-7001","stage":"Won"}""")),
            ModelReply.Text("Won."));

        var reply = await Bot.SendAsync("Bramblewood Foods");

        Assert.Equal(3, Server.Requests.Count);
        Assert.DoesNotContain(reply.Parts, p => p is ChangeResult);
        Assert.Equal(0, await Bot.QueryAsync(db => db.ChangeSets.CountAsync()));
        Assert.Equal(DealStage.Proposal, await Bot.QueryAsync(db => db.Deals.Where(d => d.Id == "D-7001").Select(d => d.Stage).SingleAsync()));
        Assert.Contains(Bot.Logs.Lines, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Warning && l.Text.Contains("malformed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ModelAsksAQuestion_TheAnswerReachesItWithTheEarlierRequest_ThenTheWriteHappens()
    {
        Server.Then(
            ModelReply.Text("Which stage should the Bramblewood cold chain deal move to?"),
            ModelReply.Calls(("update_deal", """{"dealId":"D-7001","stage":"Negotiation"}""")),
            ModelReply.Text("Moved."));

        var question = await Bot.SendAsync("nudge bramblewood along a stage please");
        var answer = await Bot.SendAsync("negotiation");

        Assert.EndsWith("?", Assert.IsType<MessageResult>(Assert.Single(question.Parts)).Text, StringComparison.Ordinal);
        Assert.IsType<ChangeResult>(Assert.Single(answer.Parts));
        Assert.Equal(DealStage.Negotiation, await Bot.QueryAsync(db => db.Deals.Where(d => d.Id == "D-7001").Select(d => d.Stage).SingleAsync()));
        var followUp = Server.Requests.ElementAt(1).AllText;
        Assert.Contains("The user's previous message: nudge bramblewood along a stage please", followUp, StringComparison.Ordinal);
        Assert.Contains("You asked: Which stage", followUp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorrectionAfterAModelWrite_ModelSeesThePreviousRecord_AndChangesItInsteadOfAddingOne()
    {
        Server.Then(
            ModelReply.Calls(("log_activity", """{"accountId":"ACC-BRM","type":"Call","summary":"Sensor pricing with Orla"}""")),
            ModelReply.Text("Logged."));
        await Bot.SendAsync("spoke to orla at bramblewood about sensor pricing");
        var id = await Bot.QueryAsync(db => db.Activities.Select(a => a.Id).SingleAsync());
        Server.Then(
            ModelReply.Calls(("update_activity", $$"""{"activityId":"{{id}}","type":"Meeting"}""")),
            ModelReply.Text("Changed to a meeting."));

        var reply = await Bot.SendAsync("hmm, we were face to face actually, so a meeting");

        Assert.IsType<ChangeResult>(Assert.Single(reply.Parts));
        var activity = await Bot.QueryAsync(db => db.Activities.SingleAsync());
        Assert.Equal((id, ActivityType.Meeting), (activity.Id, activity.Type));
        Assert.Contains($"{id}: SkillCall", Server.Requests.ElementAt(2).AllText, StringComparison.Ordinal);
    }
}
