using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Crm.Bot.Cards;
using Crm.Data.Store;
using Crm.Data.Tasks;
using Crm.Skills.Conversation;
using Crm.Skills.Results;

namespace Crm.Bot.Tests.Teams;

/// <summary>Every TurnInput the engine double received, in order.</summary>
public sealed class TurnLog
{
    public ConcurrentQueue<TurnInput> Inputs { get; } = new();
}

/// <summary>
/// Test double for the understanding engine (the real one is wired by the integrator): echoes text,
/// writes a task for "remind me …" (so double writes are visible in the store), asks a question for
/// "which deal", answers a card value, and is slow on "slow".
/// </summary>
public sealed class ScriptedTurn(CrmDbContext db, TurnLog log) : IConversationTurn
{
    public async Task<TurnReply> HandleAsync(TurnInput input, CancellationToken cancellationToken)
    {
        log.Inputs.Enqueue(input);
        var language = input.Text?.Any(c => c >= 0x4e00 && c <= 0x9fff) == true ? ReplyLanguage.Chinese : ReplyLanguage.English;
        if (input.CardValue is { } value && value.TryGetProperty("choice", out var choice))
        {
            return TurnReply.Of(language, new MessageResult($"chose {choice.GetString()}"));
        }
        var text = input.Text ?? "";
        if (text.StartsWith("remind me", StringComparison.OrdinalIgnoreCase))
        {
            db.Tasks.Add(new CrmTask { Id = $"T-{Guid.NewGuid():N}", Title = text, OwnerId = input.UserId });
            await db.SaveChangesAsync(cancellationToken);
            return TurnReply.Of(language, new MessageResult("task created"));
        }
        if (text.StartsWith("which deal", StringComparison.OrdinalIgnoreCase))
        {
            return TurnReply.Of(language, new ClarificationResult("Which deal?", [new Choice("Alpha", "alpha"), new Choice("Beta", "beta"), new Choice("Gamma", "gamma"), new Choice("Delta", "delta")]));
        }
        if (text.StartsWith("slow", StringComparison.OrdinalIgnoreCase))
        {
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        }
        if (text.StartsWith("long", StringComparison.OrdinalIgnoreCase))
        {
            return TurnReply.Of(language, new MessageResult(string.Join('\n', Enumerable.Range(1, 4000).Select(i => $"line {i} of a very long pipeline listing"))));
        }
        var files = string.Join(",", input.Attachments.Select(a => $"{a.ContentType}:{a.Content?.Length}"));
        return TurnReply.Of(language, new MessageResult($"echo: {text}{(files.Length > 0 ? " files " + files : "")}"));
    }
}

/// <summary>Test double for the card renderer: text for everything, a card with Submit buttons for questions.</summary>
public sealed class TextRenderer : IReplyRenderer
{
    public RenderedReply Render(TurnReply reply, RenderContext context) =>
        new(reply.Parts.Select(part => part switch
        {
            ClarificationResult c => new RenderedMessage(c.Question, Card(c.Question, c.Choices), c.Choices.Select(x => new SuggestedReply(x.Title, x.Value)).ToList()),
            WelcomeResult w => new RenderedMessage(reply.Language == ReplyLanguage.Chinese ? $"欢迎,{w.UserName}" : $"Welcome, {w.UserName}", Card("welcome", []), []),
            RefusalResult r => new RenderedMessage(r.Detail, null, []),
            MessageResult m => new RenderedMessage(m.Text, null, []),
            _ => new RenderedMessage(part.GetType().Name, null, []),
        }).ToList());

    private static JsonObject Card(string title, IReadOnlyList<Choice> choices) => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = title }),
        ["actions"] = new JsonArray(choices.Select(c => (JsonNode)new JsonObject
        {
            ["type"] = "Action.Submit",
            ["title"] = c.Title,
            ["data"] = new JsonObject { ["choice"] = c.Value },
        }).ToArray()),
    };
}

/// <summary>A clock the test sets; nothing in a test reads the machine's clock.</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
