using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.Bot.Protocol;
using Crm.Bot.Teams;
using Crm.Data.Exchange;
using Crm.Data.Store.Templates;

namespace Crm.Bot.Replay;

/// <summary>
/// Runs scripted conversations through the live pipeline (contract/replay.md): the seed is loaded
/// once, each case gets a fresh copy of it, each turn enters <see cref="MessageTurns"/> as a Teams
/// activity, and each case's line holds what the bot sent and the whole store afterwards.
/// </summary>
/// <param name="explain">Where to write how each message was understood, or null.</param>
internal sealed class ReplayRunner(SqliteStoreTemplate template, IHost host, ReplayClock clock, ReplayStoreSlot slot, TextWriter? explain)
{
    public async Task<JsonObject> RunCaseAsync(ReplayCase replayCase, CancellationToken cancellationToken)
    {
        await using var copy = template.OpenCopy();
        slot.Current = copy;
        var turns = new JsonArray();
        for (var i = 0; i < replayCase.Turns.Count; i++)
        {
            var at = replayCase.Turns[i].At ?? replayCase.Now;
            clock.Now = at;
            var activity = ReplayActivityFactory.Create(replayCase, i, at);
            var sent = await RunTurnAsync(activity, cancellationToken);
            turns.Add(new JsonObject { ["activities"] = new JsonArray([.. sent.Select(a => JsonSerializer.SerializeToNode(a, ActivityJson.Options))]) });
        }
        await using var db = copy.CreateContext();
        var state = await ExchangeExporter.ExportAsync(db, clock, cancellationToken);
        return new JsonObject { ["id"] = replayCase.Id, ["turns"] = turns, ["state"] = JsonNode.Parse(ExchangeJson.Serialize(state)) };
    }

    private async Task<IReadOnlyList<Activity>> RunTurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        var sender = new CollectingActivitySender();
        var replies = await host.Services.GetRequiredService<MessageTurns>().RunAsync(activity, ActivityOrigin.InProcess, sender, cancellationToken,
            reply => explain?.WriteLine($"{activity.Id}: {activity.Text}{Environment.NewLine}{reply.Explanation?.ToString() ?? "(no engine ran)"}"));
        return [.. sender.Sent, .. replies ?? []];
    }
}
