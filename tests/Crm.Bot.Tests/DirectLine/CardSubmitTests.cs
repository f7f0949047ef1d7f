using System.Globalization;
using System.Text.Json.Nodes;
using Crm.Data.Deals;
using Crm.Data.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bot.Tests.DirectLine;

/// <summary>A card button as Web Chat sends it (Action.Submit ⇒ message with <c>value</c> and <c>channelData.postBack</c>).</summary>
public sealed class CardSubmitTests : IDisposable
{
    private readonly DirectLineApp app = DirectLineApp.Local();
    private readonly DirectLineClient client;

    public CardSubmitTests() => client = new DirectLineClient(app.CreateClient());

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task PostBack_UndoButtonOfChangeCard_RestoresDeal()
    {
        var deal = await QueryAsync(db => db.Deals.AsNoTracking().Where(d => d.Amount != null && d.Currency == "USD")
            .OrderBy(d => d.Id).FirstAsync(d => d.Stage != DealStage.Won && d.Stage != DealStage.Lost));
        var (conversationId, token) = await client.StartAsAsync(deal.OwnerId);
        var amount = deal.Amount!.Value + 12_000m;

        var update = await client.PostAsync(conversationId, token,
            DirectLineClient.Message($"Update the {deal.Name} amount to {(amount / 1000m).ToString("0.##", CultureInfo.InvariantCulture)}k", "u-1"));
        var card = await client.WaitForAsync(conversationId, token, a => (string?)a["replyToId"] == update && a["attachments"] is not null);
        Assert.Equal(amount, await AmountAsync(deal.Id));
        var undo = Actions(card).Single(a => (string?)a["data"]?["action"] == "undo")["data"]!.DeepClone();
        var press = await client.PostAsync(conversationId, token, new
        {
            type = "message",
            from = new { id = deal.OwnerId, role = "user" },
            locale = "en-US",
            value = undo,
            channelData = new { postBack = true, clientActivityID = "u-2" },
        });
        await client.WaitForAsync(conversationId, token, a => (string?)a["replyToId"] == press);

        Assert.Equal(deal.Amount, await AmountAsync(deal.Id));
        Assert.Null(card["text"]); // the card is the answer; its plain text twin is only the summary
        Assert.False(string.IsNullOrEmpty((string?)card["summary"]));
    }

    private static IEnumerable<JsonObject> Actions(JsonObject activity) =>
        activity["attachments"]!.AsArray().SelectMany(a => a!["content"]?["actions"]?.AsArray() ?? []).Select(a => a!.AsObject());

    private Task<decimal?> AmountAsync(string dealId) =>
        QueryAsync(db => db.Deals.AsNoTracking().Where(d => d.Id == dealId).Select(d => d.Amount).SingleAsync());

    private async Task<T> QueryAsync<T>(Func<CrmDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CrmDbContext>());
    }
}
