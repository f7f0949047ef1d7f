using System.Text.Json;
using System.Text.RegularExpressions;
using Crm.Data.Activities;
using Crm.Skills.Results;
using Crm.Skills.Understanding.Plan;
using Crm.Skills.Understanding.Reading;

namespace Crm.Skills.Understanding.Llm;

/// <summary>
/// What the model asked for in one message, sorted by what the user clearly asked: writes to apply,
/// and writes only to offer as choices. A transcript turn applies one logged call or meeting and
/// offers the rest; a question applies no write at all; in any other message, when the embedded
/// reading finds what kinds of write the user asked for, a write of another kind is offered; where it
/// finds no request at all, a write is applied only when <see cref="WriteGrounding"/> finds its records
/// and values in the user's own words (without one, nothing is). Read results the user should see are kept.
/// </summary>
public sealed partial class ModelTurn(string text, bool transcript, ActivitySource source, WriteGrounding? grounding = null)
{
    private readonly bool _question = !transcript && IsQuestion(text);
    private readonly IReadOnlySet<string>? _asked = transcript ? null : AskedWrites(text);

    public List<SkillCall> Writes { get; } = [];
    public List<SkillCall> Offers { get; } = [];
    public List<SkillResult> Shown { get; } = [];
    public int Repairs { get; set; }
    public bool Transcript => transcript;
    /// <summary>The message only asks to read: the model's words are its answer.</summary>
    public bool Question => _question;

    /// <summary>Takes a write the model asked for; returns what to tell the model about it.</summary>
    public string Propose(string function, IDictionary<string, object?> arguments)
    {
        if (function == "log_activity")
            arguments["source"] = JsonSerializer.SerializeToElement((transcript ? ActivitySource.Transcript : source).ToString());
        var call = new SkillCall(function, JsonSerializer.Serialize(arguments));
        if (Writes.Contains(call) || Offers.Contains(call))
            return ToolResults.Status("duplicate", "already noted; do not repeat it");
        var apply = transcript
            ? function == "log_activity" && !Writes.Any(w => w.Function == "log_activity")
            : !_question && (_asked?.Contains(function) ?? grounding?.IsGrounded(function, arguments) ?? false);
        if (apply)
        {
            Writes.Add(call);
            return ToolResults.Status("accepted", "it will be written when you finish this message");
        }
        Offers.Add(call);
        return ToolResults.Status("offered", "the user did not ask for this write; it is offered to them as a choice, not written");
    }

    /// <summary>A question that asks nothing to be written (by the embedded engine's own reading of intents).</summary>
    public static bool IsQuestion(string text)
    {
        var t = text.Trim();
        var asked = t.EndsWith('?') || t.EndsWith('？');
        // "Is the deal still in proposal?" names a stage but asks; "can you move it to proposal?" is a request.
        if (asked && WhQuestion().IsMatch(t))
            return true;
        if (ClauseSplitter.Split(text).Any(c => c.Intent != Intent.None))
            return false;
        return asked || Interrogative().IsMatch(t);
    }

    /// <summary>
    /// The write tools the embedded reading of the message's clauses says were asked for, or null when it
    /// found no request at all. Edits of the previous write (corrections) stay allowed: what they change
    /// was written a moment ago at the user's request.
    /// </summary>
    public static IReadOnlySet<string>? AskedWrites(string text)
    {
        var intents = ClauseSplitter.Split(text).Select(c => c.Intent).Where(i => i != Intent.None).ToList();
        if (intents.Count == 0)
            return null;
        return new HashSet<string>(intents.SelectMany(ToolsFor).Concat(["update_activity", "update_task"]), StringComparer.Ordinal);
    }

    private static IEnumerable<string> ToolsFor(Intent intent) => intent switch
    {
        Intent.LogActivity => ["log_activity"],
        Intent.UpdateDeal => ["update_deal"],
        Intent.CreateDeal => ["create_deal"],
        Intent.CreateTask => ["create_task"],
        Intent.CompleteTask => ["complete_task"],
        Intent.CreateTicket => ["open_ticket"],
        Intent.UpdateTicket => ["update_ticket", "add_comment"],
        Intent.CreateContact => ["add_contact"],
        Intent.UpdateContact => ["update_contact"],
        _ => [],
    };

    [GeneratedRegex(@"^(?:what|who|whom|which|when|where|why|how|is|are|was|were|do|does|did|has|have)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhQuestion();

    [GeneratedRegex(@"^(?:what|who|whom|which|when|where|why|how|is|are|was|were|do|does|did|show|list|tell|give me|any)\b|吗[？?]?$|什么|怎么|多少|哪|谁|查看|看看|有没有", RegexOptions.IgnoreCase)]
    private static partial Regex Interrogative();
}
