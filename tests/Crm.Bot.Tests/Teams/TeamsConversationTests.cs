using System.Net;
using System.Text.Json;
using Crm.Bot.Protocol;
using Crm.Bot.Tests.Protocol;
using Crm.Data.Channels;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bot.Tests.Teams;

/// <summary>A Teams conversation over real HTTP through the host, with the Connector played by a local sink.</summary>
public sealed class TeamsConversationTests : TeamsTestContext
{
    private static string Text(SinkRequest request) => request.Body!.Value.TryGetProperty("text", out var t) ? t.GetString()! : "";

    [Fact]
    public async Task TeamsConversation_InstallMentionMessageCardActionAndClarification_EachGetsTheRightAnswer()
    {
        var install = TeamsActivities.Base(Sink.ServiceUrl, ActivityTypes.InstallationUpdate, "personal", "a:1personal-aad-avery", "aad-avery", "en-US");
        install.Action = "add";
        var added = TeamsActivities.Base(Sink.ServiceUrl, ActivityTypes.ConversationUpdate, "personal", "a:1personal-aad-avery", "aad-avery", "en-US");
        added.MembersAdded = [new ChannelAccount { Id = TeamsActivities.BotId }];
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(install)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(added)).StatusCode);
        var welcome = Assert.Single(await Sink.WaitForMessagesAsync(1));
        Assert.Equal("Welcome, Avery Quinn", Text(welcome));
        Assert.Equal(ContentTypes.AdaptiveCard, welcome.Body!.Value.GetProperty("attachments")[0].GetProperty("contentType").GetString());

        var mention = TeamsActivities.ChannelMention(Sink.ServiceUrl, "log a call with the buyer");
        await SendAsync(mention);
        var channelReply = (await Sink.WaitForMessagesAsync(2)).Where(r => r.Body?.GetProperty("type").GetString() == "message").Last();
        Assert.Equal("echo: log a call with the buyer", Text(channelReply));
        Assert.Equal($"/teams/v3/conversations/{Uri.EscapeDataString(TeamsActivities.ChannelThread)}/activities/{mention.Id}", channelReply.RawTarget);

        await SendAsync(TeamsActivities.Channel(Sink.ServiceUrl, "chatter the bot should not answer"));
        await SendAsync(TeamsActivities.Personal(Sink.ServiceUrl, "remind me to send the proposal"));
        Assert.Equal("task created", Text((await Sink.WaitForMessagesAsync(3)).Where(IsMessage).Last()));
        Assert.Equal(1, await Bot.QueryAsync(db => db.Tasks.CountAsync()));

        var invoke = TeamsActivities.Base(Sink.ServiceUrl, ActivityTypes.Invoke, "personal", "a:1personal-aad-avery", "aad-avery", "en-US");
        invoke.Name = "adaptiveCard/action";
        invoke.Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb = "pick", data = new { choice = "beta" } }, trigger = "manual" });
        var invokeResponse = await SendAsync(invoke);
        Assert.Equal(HttpStatusCode.OK, invokeResponse.StatusCode);
        var invokeBody = JsonDocument.Parse(await invokeResponse.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(200, invokeBody.GetProperty("statusCode").GetInt32());
        Assert.Equal(ContentTypes.ActivityMessage, invokeBody.GetProperty("type").GetString());
        Assert.Equal("chose beta", invokeBody.GetProperty("value").GetString());

        await SendAsync(TeamsActivities.Personal(Sink.ServiceUrl, "which deal is moving"));
        var question = (await Sink.WaitForMessagesAsync(4)).Where(IsMessage).Last();
        Assert.Equal("Which deal?", Text(question));
        Assert.Equal(3, question.Body!.Value.GetProperty("suggestedActions").GetProperty("actions").GetArrayLength());
        var press = TeamsActivities.Personal(Sink.ServiceUrl, "");
        press.Text = null;
        press.ReplyToId = "sent-4";
        press.Value = JsonSerializer.SerializeToElement(new { choice = "alpha" });
        await SendAsync(press);
        Assert.Equal("chose alpha", Text((await Sink.WaitForMessagesAsync(5)).Where(IsMessage).Last()));

        Assert.Equal(["log a call with the buyer", "remind me to send the proposal", null, "which deal is moving", null], Bot.Turns.Inputs.Select(i => i.Text));
        Assert.Equal(Crm.Skills.Conversation.ConversationKind.Channel, Bot.Turns.Inputs.First().Kind);
        Assert.All(Bot.Turns.Inputs, i => Assert.Equal("U-T1", i.UserId));
    }

    [Fact]
    public async Task Install_ChineseClient_WelcomesOnceInChinese()
    {
        var install = TeamsActivities.Base(Sink.ServiceUrl, ActivityTypes.InstallationUpdate, "personal", "a:1personal-aad-lin", "aad-lin", "zh-CN");
        install.Action = "add";
        var added = TeamsActivities.Base(Sink.ServiceUrl, ActivityTypes.ConversationUpdate, "personal", "a:1personal-aad-lin", "aad-lin", "zh-CN");
        added.MembersAdded = [new ChannelAccount { Id = TeamsActivities.BotId }, new ChannelAccount { Id = "29:user-aad-lin" }];

        await Task.WhenAll(SendAsync(install), SendAsync(added));
        await Task.Delay(300);

        var welcome = Assert.Single(Sink.Messages);
        Assert.Equal("欢迎,林美", Text(welcome));
        var reference = await Bot.QueryAsync(db => db.Set<ConversationReference>().SingleAsync());
        Assert.NotNull(reference.WelcomedAt);
    }

    [Fact]
    public async Task CardSubmit_AnswerWithCard_ReplacesThePressedCard()
    {
        var press = TeamsActivities.Personal(Sink.ServiceUrl, "");
        press.Text = null;
        press.ReplyToId = "card-17";
        press.Value = JsonSerializer.SerializeToElement(new { ask = true });

        await SendAsync(press);

        var update = (await Sink.WaitAsync(r => r.Any(x => x.Method == "PUT"))).Single(r => r.Method == "PUT");
        Assert.EndsWith("/activities/card-17", update.RawTarget);
        Assert.Equal("card-17", update.Body!.Value.GetProperty("id").GetString());
        Assert.Equal(ContentTypes.AdaptiveCard, update.Body.Value.GetProperty("attachments")[0].GetProperty("contentType").GetString());
    }

    [Fact]
    public async Task UniversalAction_AnswerWithCard_ReturnsTheCardInTheInvokeResponse()
    {
        var invoke = TeamsActivities.Base(Sink.ServiceUrl, ActivityTypes.Invoke, "personal", "a:1personal-aad-avery", "aad-avery", "en-US");
        invoke.Name = "adaptiveCard/action";
        invoke.Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb = "ask", data = new { ask = true } }, trigger = "manual" });

        var response = await SendAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal(ContentTypes.AdaptiveCard, body.GetProperty("type").GetString());
        Assert.Equal("1.5", body.GetProperty("value").GetProperty("version").GetString());
        Assert.Empty(Sink.Messages);
    }

    [Fact]
    public async Task RetriedActivity_SameIdTwice_RunsAndWritesOnce()
    {
        var activity = TeamsActivities.Personal(Sink.ServiceUrl, "remind me to renew the contract");

        var first = await SendAsync(activity);
        var retry = await SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        await Task.Delay(300);
        Assert.Equal(1, await Bot.QueryAsync(db => db.Tasks.CountAsync()));
        Assert.Single(Bot.Turns.Inputs);
        Assert.Single(Sink.Messages);
        Assert.Equal(1, await Bot.QueryAsync(db => db.Set<ProcessedActivity>().CountAsync()));
    }

    [Fact]
    public async Task UnknownTeamsUser_Message_GetsPoliteRefusalAndNothingIsWritten()
    {
        var response = await SendAsync(TeamsActivities.Personal(Sink.ServiceUrl, "remind me to call the buyer", aadObjectId: "aad-stranger"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refusal = Assert.Single(await Sink.WaitForMessagesAsync(1));
        Assert.Contains("don't know you", Text(refusal), StringComparison.Ordinal);
        Assert.Empty(Bot.Turns.Inputs);
        Assert.Equal(0, await Bot.QueryAsync(db => db.Tasks.CountAsync()));
        Assert.Equal(0, await Bot.QueryAsync(db => db.Set<ConversationReference>().CountAsync()));
        Assert.Equal(0, await Bot.QueryAsync(db => db.Set<ProcessedActivity>().CountAsync()));
    }

    [Fact]
    public async Task SenderWithoutAadId_MemberInfoEmail_MapsToCrmUser()
    {
        var activity = TeamsActivities.Personal(Sink.ServiceUrl, "hello");
        activity.From!.AadObjectId = null;
        Sink.Members[activity.From.Id!] = new { id = activity.From.Id, email = "Avery.Quinn@example.test", userPrincipalName = "avery@example.test" };

        await SendAsync(activity);

        await Sink.WaitForMessagesAsync(1);
        Assert.Equal("U-T1", Assert.Single(Bot.Turns.Inputs).UserId);
    }

    [Fact]
    public async Task Message_FromKnownUser_StoresConversationReference()
    {
        var mention = TeamsActivities.ChannelMention(Sink.ServiceUrl, "pipeline please");

        await SendAsync(mention);
        await Sink.WaitForMessagesAsync(1);

        var reference = await Bot.QueryAsync(db => db.Set<ConversationReference>().SingleAsync());
        Assert.Equal((Sink.ServiceUrl, TeamsActivities.ChannelThread, "channel", TeamsActivities.TenantId, TeamsActivities.BotId, "U-T1"),
            (reference.ServiceUrl, reference.ConversationId, reference.ConversationType, reference.TenantId, reference.BotId, reference.UserId));
    }

    [Fact]
    public async Task Transcript_InlineAndByUrl_ReachTheTurnAsAttachmentsAfterTypingIndicator()
    {
        Sink.Files["call.vtt"] = "WEBVTT\n\n00:00.000 --> 00:02.000\nHello";
        var activity = TeamsActivities.Personal(Sink.ServiceUrl, "transcript of today's call");
        activity.Attachments =
        [
            new Attachment { ContentType = "text/plain", Name = "notes.txt", Content = JsonSerializer.SerializeToElement("short notes") },
            new Attachment { ContentType = "text/vtt", Name = "call.vtt", ContentUrl = $"{Sink.BaseUrl}/files/call.vtt" },
            new Attachment { ContentType = "text/html", Content = JsonSerializer.SerializeToElement("<p>transcript</p>") },
        ];

        var response = await SendAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Sink.WaitForMessagesAsync(1);
        Assert.Equal("typing", Sink.Requests.First(r => r.Body is not null).Body!.Value.GetProperty("type").GetString());
        var input = Assert.Single(Bot.Turns.Inputs);
        Assert.Equal([("text/plain", "short notes"), ("text/vtt", Sink.Files["call.vtt"])], input.Attachments.Select(a => (a.ContentType, a.Content!)));
    }

    private static bool IsMessage(SinkRequest r) => r.Body?.TryGetProperty("type", out var t) == true && t.GetString() == "message";
}
