using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bot.Tests.Llm;

/// <summary>Hybrid mode: the embedded engine keeps what it is sure of; only the rest reaches the model.</summary>
public sealed class LlmHybridTests() : ScriptedModelTest("hybrid")
{
    [Fact]
    public async Task SentenceTheEmbeddedEngineIsSureOf_NeverReachesTheModel()
    {
        var reply = await Bot.SendAsync("log a call with Orla Finch at Bramblewood Foods: she asked about pallet sensor pricing");

        Assert.IsType<ChangeResult>(Assert.Single(reply.Parts));
        Assert.Equal(1, await Bot.QueryAsync(db => db.Activities.CountAsync()));
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task SentenceTheEmbeddedEngineCannotPlace_GoesToTheModel()
    {
        Server.Then(
            ModelReply.Calls(("create_task", """{"title":"Book the cold store tour for Orla","accountId":"ACC-BRM","contactId":"C-BRM-1"}""")),
            ModelReply.Text("Noted."));

        var reply = await Bot.SendAsync("Orla fancies touring our cold store sometime, sort that out");

        Assert.Equal(2, Server.Requests.Count);
        Assert.IsType<ChangeResult>(Assert.Single(reply.Parts));
        Assert.Equal("Book the cold store tour for Orla", await Bot.QueryAsync(db => db.Tasks.Select(t => t.Title).SingleAsync()));
    }
}
