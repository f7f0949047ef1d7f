using System.Net;
using System.Text.Json;
using Crm.Bot.Protocol;
using Crm.Bot.Tests.Protocol;
using Crm.Data.Accounts;
using Crm.Data.Contacts;
using Crm.Data.Deals;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bot.Tests.Teams;

/// <summary>
/// The same Teams conversation as <see cref="TeamsConversationTests"/>, but through the product's own
/// engine, skills and card renderer: tokens from the local issuer, replies caught by the local connector.
/// </summary>
public sealed class RealTeamsConversationTests : TeamsTestContext
{
    private const string Conversation = "a:1personal-aad-avery";

    protected override bool RealBot => true;

    [Fact]
    public async Task TeamsConversation_RealEngine_WelcomeMentionWriteUndoAndClarificationAllWork()
    {
        await SeedAsync();

        var install = TeamsActivities.Base(Sink.ServiceUrl, ActivityTypes.InstallationUpdate, "personal", Conversation, "aad-avery", "en-US");
        install.Action = "add";
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(install)).StatusCode);
        var welcome = Assert.Single(await Sink.WaitForMessagesAsync(1));
        Assert.Contains("Hi Avery Quinn!", welcome.Body!.Value.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("I keep the CRM up to date", welcome.Body.Value.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(ContentTypes.AdaptiveCard, welcome.Body.Value.GetProperty("attachments")[0].GetProperty("contentType").GetString());

        var mention = TeamsActivities.ChannelMention(Sink.ServiceUrl, "show the Tessaly irrigation pilot deal");
        await SendAsync(mention);
        var channelReply = (await Sink.WaitForMessagesAsync(2)).Where(IsMessage).Last();
        Assert.Equal($"/teams/v3/conversations/{Uri.EscapeDataString(TeamsActivities.ChannelThread)}/activities/{mention.Id}", channelReply.RawTarget);
        Assert.Contains("Tessaly irrigation pilot", channelReply.Body!.Value.GetRawText(), StringComparison.Ordinal);

        var before = await DealAsync("D-TS1");
        await SendAsync(TeamsActivities.Personal(Sink.ServiceUrl, "move the Tessaly irrigation pilot deal to negotiation at 24k"));
        var changeCard = (await Sink.WaitForMessagesAsync(3)).Where(IsMessage).Last();
        var changed = await DealAsync("D-TS1");
        Assert.Equal((DealStage.Negotiation, 24_000m), (changed.Stage, changed.Amount!.Value));
        var undo = Submits(changeCard.Body!.Value).Single(d => Action(d) == "undo");

        await SendAsync(Press(undo));
        await Sink.WaitForMessagesAsync(4);
        var restored = await DealAsync("D-TS1");
        Assert.Equal((before.Stage, before.Amount, before.CloseDate, before.OwnerId), (restored.Stage, restored.Amount, restored.CloseDate, restored.OwnerId));

        await SendAsync(TeamsActivities.Personal(Sink.ServiceUrl, "move the Harwell deal to negotiation"));
        var question = (await Sink.WaitForMessagesAsync(5)).Where(IsMessage).Last();
        Assert.Equal(DealStage.Proposal, (await DealAsync("D-HW2")).Stage);
        var crane = Choice(question.Body!.Value, "crane retrofit");

        await SendAsync(crane);
        await Sink.WaitForMessagesAsync(6);
        Assert.Equal(DealStage.Negotiation, (await DealAsync("D-HW2")).Stage);
        Assert.Equal(DealStage.Proposal, (await DealAsync("D-HW1")).Stage);
    }

    private Task SeedAsync() => Bot.SeedRowsAsync(
        new Account { Id = "ACC-HW", Name = "Harwell Marine", OwnerId = "U-T1", Currency = "USD", Status = AccountStatus.Customer },
        new Account { Id = "ACC-TS", Name = "Tessaly Orchards", OwnerId = "U-T1", Currency = "USD", Status = AccountStatus.Customer },
        new Contact { Id = "CON-HW1", AccountId = "ACC-HW", Name = "Dana Whitlock" },
        new Deal { Id = "D-HW1", AccountId = "ACC-HW", Name = "Harwell dock sensors", OwnerId = "U-T1", Stage = DealStage.Proposal, Amount = 30_000m, CloseDate = new DateOnly(2026, 12, 15), Version = Guid.NewGuid() },
        new Deal { Id = "D-HW2", AccountId = "ACC-HW", Name = "Harwell crane retrofit", OwnerId = "U-T1", Stage = DealStage.Proposal, Amount = 52_000m, CloseDate = new DateOnly(2027, 1, 20), Version = Guid.NewGuid() },
        new Deal { Id = "D-TS1", AccountId = "ACC-TS", Name = "Tessaly irrigation pilot", OwnerId = "U-T1", Stage = DealStage.Proposal, Amount = 18_000m, CloseDate = new DateOnly(2026, 12, 20), Version = Guid.NewGuid() });

    private Task<Deal> DealAsync(string id) => Bot.QueryAsync(db => db.Deals.AsNoTracking().SingleAsync(d => d.Id == id));

    /// <summary>A card button pressed in Teams: Action.Submit arrives as a message with the button's data as value.</summary>
    private Activity Press(JsonElement data)
    {
        var press = TeamsActivities.Personal(Sink.ServiceUrl, "");
        press.Text = null;
        press.Value = data;
        return press;
    }

    /// <summary>The answer to a question: the card button whose title names the wanted record, pressed.</summary>
    private Activity Choice(JsonElement reply, string titleContains)
    {
        var choices = Buttons(reply).Where(b => Action(b.Data) == "choose").ToList();
        Assert.Equal(2, choices.Count);
        Assert.Equal(2, reply.GetProperty("suggestedActions").GetProperty("actions").GetArrayLength());
        return Press(choices.Single(b => b.Title.Contains(titleContains, StringComparison.OrdinalIgnoreCase)).Data);
    }

    private static IEnumerable<JsonElement> Submits(JsonElement reply) => Buttons(reply).Select(b => b.Data);

    /// <summary>Every Action.Submit anywhere in the reply's cards, with its title.</summary>
    private static IEnumerable<(string Title, JsonElement Data)> Buttons(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var type) && type.GetString() == "Action.Submit" && element.TryGetProperty("data", out var data))
                yield return (element.TryGetProperty("title", out var title) ? title.GetString() ?? "" : "", data);
            foreach (var property in element.EnumerateObject())
                foreach (var found in Buttons(property.Value))
                    yield return found;
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var found in Buttons(item))
                    yield return found;
        }
    }

    private static string? Action(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty("action", out var a) ? a.GetString() : null;

    private static bool IsMessage(SinkRequest r) => r.Body?.TryGetProperty("type", out var t) == true && t.GetString() == "message";
}
