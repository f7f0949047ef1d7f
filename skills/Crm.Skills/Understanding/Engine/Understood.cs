using System.Text.Json.Serialization;
using Crm.Data.Activities;
using Crm.Skills.Results;
using Crm.Skills.Understanding.Plan;

namespace Crm.Skills.Understanding.Engine;

/// <summary>What the engine made of one message. Each kind is carried out by the conversation turn.</summary>
public abstract record Understood
{
    public required Explanation Explanation { get; init; }
}

/// <summary>Writes to carry out together, as one change set.</summary>
public sealed record WriteRequest(IReadOnlyList<PlannedAction> Actions) : Understood
{
    /// <summary>The message as read, for a skill's refusal of one of its values to be corrected by the next message.</summary>
    public string? Text { get; init; }
}

public sealed record ReadQuery(ReadRequest Read) : Understood;

/// <summary>The engine needs an answer first; nothing is written until it comes.</summary>
public sealed record Question(ClarificationResult Clarification, PendingQuestion Pending) : Understood;

/// <summary>An answer that needs no skill: greeting, help, thanks, out of scope, or an invalid value.</summary>
public sealed record DirectReply(SkillResult Result) : Understood
{
    /// <summary>The message, when it was refused for a value the next message may correct.</summary>
    public RefusedValue? Refused { get; init; }
}

/// <summary>A message refused for one bad e-mail address or phone number (<see cref="Field"/> "email" or "phone").</summary>
public sealed record RefusedValue(string Text, string Field, string Value);

public sealed record UndoRequest : Understood;

/// <summary>The previous message's writes, amended ("actually it was a meeting"): undo them and write these instead.</summary>
public sealed record Correction(IReadOnlyList<PlannedAction> Amended) : Understood
{
    /// <summary>The write corrected is the one before the last (<see cref="ConversationState.EarlierWrite"/>).</summary>
    public bool OfEarlierWrite { get; init; }
}

/// <summary>A transcript: log this activity now and offer the follow-ups heard in it.</summary>
public sealed record TranscriptLog(LogActivity Activity, IReadOnlyList<PlannedAction> Offers) : Understood
{
    /// <summary>How offers other than tasks are titled on their buttons (they name the deal, which the plan only holds by id).</summary>
    public IReadOnlyDictionary<PlannedAction, string> Titles { get; init; } = new Dictionary<PlannedAction, string>();
    /// <summary>Reminders the message itself asked for ("…and remind me to send the template friday"), written with the activity.</summary>
    public IReadOnlyList<PlannedAction> Reminders { get; init; } = [];
}

public enum SlotKind { Account, Contact, Deal, Value, Offer, Task, Ticket }

/// <summary>
/// A request waiting for one answer: the message as it was said, when, the references fixed so far,
/// which slot is open and the candidates offered. Kept in conversation state between turns.
/// </summary>
public sealed record PendingQuestion(
    string Text,
    DateTimeOffset ReceivedAt,
    ActivitySource Source,
    Bindings Bindings,
    SlotKind Slot,
    IReadOnlyList<string> CandidateIds)
{
    /// <summary>For <see cref="SlotKind.Offer"/>: the follow-ups a transcript offered.</summary>
    public IReadOnlyList<PlannedAction> Offers { get; init; } = [];

    /// <summary>For <see cref="SlotKind.Value"/>: the field asked for ("comment" when a note was asked with nothing in it).</summary>
    public string? Field { get; init; }

    /// <summary>A transcript that waits for the account to be named; the answer logs it.</summary>
    public Transcripts.PendingTranscript? Transcript { get; init; }
}

/// <summary>The state of one conversation between turns.</summary>
public sealed record ConversationState
{
    public PendingQuestion? Pending { get; init; }
    public LastWrite? LastWrite { get; init; }
    /// <summary>
    /// A message just refused for a bad value ("tom.wright.wideworld.example" is no e-mail address), so the next message can
    /// correct the value and have it written ("oops, I meant tom.wright@…"). Only for the message right after.
    /// </summary>
    public RefusedValue? Refused { get; init; }
    /// <summary>
    /// The deal change a message just asked for and was not allowed to make (the deal is not the user's), so the next message
    /// can ask it of another deal: "push the Globex renewal close to Jan 5" refused → "fine. Woodgrove then, same date".
    /// </summary>
    public UpdateDeal? RefusedChange { get; init; }
    /// <summary>The write before <see cref="LastWrite"/>, so "that call was actually yesterday" reaches past a reminder set since.</summary>
    public LastWrite? EarlierWrite { get; init; }
    /// <summary>A question the language model asked, so the answer reaches it with the request it is about.</summary>
    public ModelQuestion? Asked { get; init; }
    /// <summary>What a read since the last write showed, so "bump it to urgent" or "the pending one" can act on it.</summary>
    public ReadTopic? ReadAbout { get; init; }
    /// <summary>The write an undo just reverted, so "redo" right after can write it again.</summary>
    public LastWrite? Undone { get; init; }

    [JsonIgnore]
    public bool IsEmpty => Pending is null && LastWrite is null && EarlierWrite is null && Refused is null && RefusedChange is null && Asked is null && ReadAbout is null && Undone is null;
}

/// <summary>
/// What a read showed: the account a summary was about (with its open deals and tickets), or the deals and tickets a
/// list showed (a ticket asked after is a list of one). "What's going on with T-509?" → "bump it to urgent";
/// "open tickets for Globex" → "add a note to the pending one". A ticket list keeps what it was asked with, so "what about
/// resolved ones" can ask it again, changed.
/// </summary>
public sealed record ReadTopic(string? AccountId, IReadOnlyList<string> Deals, IReadOnlyList<string> Tickets, DealsAsked? Asked = null, string? ContactId = null,
    TicketListRead? TicketsAsked = null)
{
    /// <summary>
    /// The request just refused, when the topic is what it was about ("move the WWI deal to negotiation, Sofia says they're
    /// ready to sign", refused), so "ok then just log the call with her" is with the person it named, about what it told.
    /// </summary>
    public string? RefusedRequest { get; init; }
}

/// <summary>The pipeline or deal list last asked for, so "那团队这季度呢" or "only this quarter" can ask it again, changed.</summary>
public sealed record DealsAsked(bool Pipeline, DealsOf Whose, Period? Period)
{
    /// <summary>The stage listed ("in negotiation"), or won or lost ("what did we win this month") when not only open deals.</summary>
    public Crm.Data.Deals.DealStage? Stage { get; init; }

    public bool OpenOnly { get; init; } = true;

    /// <summary>What the list was narrowed to ("over 100k"), kept when the next message changes something else.</summary>
    public DealFilter Filter { get; init; } = DealFilter.None;
}

/// <summary>The message the language model could not act on yet, and what it asked about it.</summary>
public sealed record ModelQuestion(string Request, string Question);

/// <summary>What the previous message wrote, so "undo" and "actually…" know what to change.</summary>
public sealed record LastWrite(long ChangeSetId, IReadOnlyList<PlannedAction> Actions, IReadOnlyList<string?> RecordIds)
{
    /// <summary>
    /// The deals a list showed beside the one this write changed, so "when does the other one close?" after "what's Alex got
    /// in negotiation?" → "Adventure Works just signed, mark it won" is the other deal listed.
    /// </summary>
    public IReadOnlyList<string> ShownWith { get; init; } = [];

    /// <summary>
    /// The list the write picked its deal or ticket from, so the next message can pick another the same way: "push the
    /// Adventure Works one to Jan 8" → "and the Acme one to end of Jan"; "the CSV one is fixed" → "add a note to the other one".
    /// </summary>
    public ReadTopic? PickedFrom { get; init; }

    /// <summary>
    /// Written by a correction: <see cref="Actions"/> then say what the corrected write holds now ("call it ski pass kiosks"
    /// after a new deal is that deal's creation, renamed), not what this change set did, so "redo" cannot write them again.
    /// </summary>
    public bool ByCorrection { get; init; }
}
