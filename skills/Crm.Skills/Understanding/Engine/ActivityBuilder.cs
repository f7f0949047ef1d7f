using System.Text.RegularExpressions;
using Crm.Data.Activities;
using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Plan;
using Crm.Skills.Understanding.Reading;
using Crm.Skills.Understanding.Resolution;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// "Just got off a call with Lee at Lakeview, she says…" → an activity on the account, contact and deal in
/// context, dated by what the message says happened (read backwards in time), with the user's own
/// words about the conversation as the summary.
/// </summary>
public static partial class ActivityBuilder
{
    public static LogActivity Build(Clause clause, References refs, TurnContext ctx)
    {
        // "log a visit, walked them through the pilot plan": a word of some deal's name is what was talked about, not
        // who with; the customer is asked for (offering that deal's) rather than guessed.
        if (refs.AccountId is null || refs.AccountOnlyFromDeal)
            throw new NeedsAnswerException(SlotKind.Account, refs.AccountId is { } guess ? [guess] : [], "no account was named") { Field = "account" };
        return new LogActivity(TypeOf(clause.Text), refs.AccountId, refs.ContactId, refs.DealId, OccurredAt(clause.Text, ctx), Summary(clause, ThingHandedOver(clause.Head, ctx)), ctx.Source)
        {
            FromText = clause.Text,
        };
    }

    /// <summary>When the conversation the text tells of happened: the first day it names, read backwards in time, else now.</summary>
    public static DateTime OccurredAt(string text, TurnContext ctx)
    {
        var dates = ctx.Dates(DateDirection.Past);
        var when = DateReader.FindAll(text, dates).Where(d => d.Kind is not (DateKind.Period or DateKind.Month or DateKind.Week) && !d.Vague
            && d.Date <= ctx.Today && !IsDeadline(text, d) && !MonthsAgo(text, d, ctx)).ToList();
        return when.Count > 0 ? ctx.InstantFor(when[0].Date, when[0].Time) : ctx.LocalNow.UtcDateTime;
    }

    /// <summary>
    /// "a proposal from us by the 4th", "out of office until Dec 7", "周五之前", "预计周五出补丁": a date something is due by, expected on or lasts
    /// until, which is no day the conversation happened on (read backwards, it would land a month or a year ago).
    /// </summary>
    private static bool IsDeadline(string text, DateMention date) =>
        // "notes from yesterday's call": a day owning the conversation is when it happened.
        !text.AsSpan(date.EndIndex).StartsWith("'s", StringComparison.OrdinalIgnoreCase)
        && (DeadlineBefore().IsMatch(text.AsSpan(0, date.Start)) || DeadlineAfter().IsMatch(text.AsSpan(date.EndIndex))
            || ComingBefore().IsMatch(text.AsSpan(0, date.Start)));

    /// <summary>
    /// "she confirmed they sign on 12/1": a day and month that, read backwards, land half a year ago or more are a
    /// coming date the customer spoke of; a call being logged happened lately. A year said outright is taken as said.
    /// </summary>
    private static bool MonthsAgo(string text, DateMention date, TurnContext ctx) =>
        date.Date < ctx.Today.AddMonths(-6) && !YearSaid().IsMatch(text);

    [GeneratedRegex(@"(?:手机号?|电话|座机|固话|(?i:\b(?:phone|mobile|cell|tel)\b))(?:号码?)?\s*(?:是|为|[:：])?\s*\+?\(?\d[\d\s().-]{5,}\d")]
    private static partial Regex LabelledNumber();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b|\d{4}年|去年|前年|last year")]
    private static partial Regex YearSaid();

    public static ActivityType TypeOf(string text)
    {
        // "note on Initech: Peter says the reset emails land in spam": a note asked for by name is a note, whatever its
        // words go on to mention.
        if (NoteAskedFor().IsMatch(text))
            return ActivityType.Note;
        // "去恒通见了王经理，认识了刘波，电话137…": a number told with its label is someone's phone, not a call.
        text = LabelledNumber().Replace(text, "");
        // "记一下…的会": the kind of conversation beats the word asking to note it down.
        var said = Vocabulary.ActivityTypes(text).Where(m => !m.Negated).ToList();
        var kind = said.FirstOrDefault(m => m.Value != ActivityType.Note);
        if (said.Any(m => m.Value != ActivityType.Note))
            return kind.Value;
        // "上周五去美家家居, 见了何店长": dictated, the pause between going there and whom they saw is no new sentence.
        if (VisitCue().IsMatch(text) || VisitCue().IsMatch(PauseBetweenIdeographs().Replace(text, ""))) return ActivityType.Visit;
        if (EmailCue().IsMatch(text)) return ActivityType.Email;
        if (MeetingCue().IsMatch(text)) return ActivityType.Meeting;
        if (CallCue().IsMatch(text)) return ActivityType.Call;
        return ActivityType.Note;
    }

    /// <summary>
    /// What was said about the conversation: the words after "about" (or what the customer rang to say:
    /// "打电话过来投诉积分又算错了"), and every detail clause after the first; when there are none, the first
    /// clause itself without the "log a call" command.
    /// </summary>
    public static string Summary(Clause clause, string? handedOver = null)
    {
        var parts = new List<string>();
        if (handedOver is not null)
            parts.Add(handedOver);
        var about = About().Match(clause.Head);
        if (!about.Success)
            about = SaidOnTheCall().Match(clause.Head);
        // "log that I called Olivia about it this morning": "it" is what was talked about, but it says nothing of it, so the
        // summary is what the user said they did.
        if (about.Success && !AboutOnlyAPronoun().IsMatch(about.Groups["rest"].Value))
            parts.Add(about.Groups["rest"].Value);
        parts.AddRange(clause.Segments.Skip(1));
        var summary = parts.Count > 0 ? string.Join(", ", parts) : Command().Replace(clause.Head, "");
        summary = TextParts.Tidy(Ask().Replace(summary, ""));
        return summary.Length > 0 ? summary : TextParts.Tidy(clause.Text);
    }

    /// <summary>
    /// "今天跟她电话沟通的", "记一下这个电话", "log the call too", "then just log the call with her": the conversation named, and nothing of what was said in it
    /// (which the message told before, as a problem reported or a ticket's story).
    /// </summary>
    public static bool SaysNothingOfIt(string summary) => NothingOfIt().IsMatch(summary);

    [GeneratedRegex(@"^(?:今天|刚才|刚刚|上午|下午|早上|晚上)?(?:跟|和|与|给)?(?:她|他|他们|她们|客户)?(?:的)?(?:这个|这通|那通|那个|这次)?(?:电话|通话|来电)(?:沟通|联系|聊)?(?:了|过)?(?:的)?$|^(?:(?:ok(?:ay)?|then|just|so|and|also|please)[\s,]+)*(?:(?:log|record|note)\s+)?(?:the|this|that|my)\s+(?:phone\s+)?call(?:\s+(?:with\s+(?:him|her|them)|too|as\s+well))*$", RegexOptions.IgnoreCase)]
    private static partial Regex NothingOfIt();

    /// <summary>
    /// "emailed Rachel at Adventure Works the final order form, waiting on her signature": what was sent or shown, said
    /// after the customer's name in the first clause, belongs in the summary beside the details that follow.
    /// </summary>
    private static string? ThingHandedOver(string head, TurnContext ctx)
    {
        if (HandedOver().Match(head) is not { Success: true } verb || AccountResolver.Resolve(ctx.Index, head).Text is not { Length: > 0 } name)
            return null;
        var at = head.IndexOf(name, verb.Index, StringComparison.OrdinalIgnoreCase);
        var rest = at < 0 ? "" : TextParts.Tidy(TextParts.WithoutDates(head[(at + name.Length)..], ctx.Dates(DateDirection.Past)));
        return Thing().IsMatch(rest) ? $"{verb.Value.ToLowerInvariant()} {rest}" : null;
    }

    /// <summary>"he's reviewing the dealer portal budget", "she wants a demo first": what someone is doing or said, not who they are.</summary>
    public static bool TellsWhatTheyDo(string segment) => WhatTheyDo().IsMatch(segment);

    [GeneratedRegex(@"^(?:he|she|they)(?:'s|'re|\s+is|\s+are|\s+was|\s+were)\s+(?:(?:also|still|already|currently)\s+)?(?!(?:the|our|their|a|an|now|new)\b)\w+ing\b|^(?:he|she|they)\s+(?:said|says|wants?|wanted|needs?|asked|mentioned|thinks?|liked?|loved?|hates?|plans?|will|won't)\b|^(?:he|she|they)'ll\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhatTheyDo();

    [GeneratedRegex(@"\b(?:e-?mailed|sent|shared|forwarded|showed|gave|handed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HandedOver();

    // What was handed over: "the final order form", "our pricing deck", "a revised quote".
    [GeneratedRegex(@"^(?:the|our|a|an|their|his|her|its|some|over)\s+\w{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex Thing();

    [GeneratedRegex(@"\b(?:about|regarding|(?<!['’])re:?|to discuss|discussing)\s+(?<rest>.+)$|(?:关于|聊了|谈了|讨论了)(?!一?下$)(?:一下)?(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex About();

    [GeneratedRegex(@"(?:电话|来电|拜访了?|见了|开了?个?会)(?:过来|过去|里)?[，,]?\s*(?<rest>(?:投诉|反馈|说|表示|提到|问|咨询|抱怨|要求|希望|想|确认|同意|答应|催).+)$|\b(?:he|she|they|He|She|They)\s+(?:said|says|told (?:me|us)|mentioned|confirmed|explained)\s+(?:that\s+)?(?<rest>.+)$")]
    private static partial Regex SaidOnTheCall();

    // "log a call with Jane: …", and "log that I emailed him the demo recording": the request to log is no part of what happened.
    [GeneratedRegex(@"^(?:please\s+)?(?:log|add|record)\s+(?:a\s+|an\s+)?(?:note|call|meeting|visit|email)\s+(?:on|for|to|with)\s+[^,:]*?:\s*|^(?:(?:and|also|please|pls)\s+)*(?:log|note|record|jot down)\s+(?:down\s+)?that\s+(?=(?:i|we)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Command();

    // "about it", "about it this morning": a pronoun, perhaps with when, and nothing more.
    [GeneratedRegex(@"^(?:it|that|this|them)(?:\s+(?:this|last|yesterday|today|tonight|earlier|just\s+now|on|at)\b.*)?[.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex AboutOnlyAPronoun();

    // "预计周五出补丁", "patch expected Friday": a day something is expected on is not the day of the call either.
    [GeneratedRegex(@"\b(?:by|until|till|til|before|after|due|from|starting|through|no later than|deadline(?: is)?|expected|eta|scheduled for)\s+(?:the\s+|this\s+|next\s+|on\s+)?$|(?:预计|预期|估计|争取|计划)(?:在|于)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineBefore();

    // "forwarded Jane the NDA, she'll countersign monday": a day in a clause about what is still to come is not when the
    // conversation happened.
    [GeneratedRegex(@"(?:\b(?:will|shall|going to|gonna|plans? to|planning to|wants? to|expects? to|hopes? to)|'ll)\b[^,.;!?]{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex ComingBefore();

    [GeneratedRegex(@"^\s*(?:之前|以前|前|之后|以后|为止|截止)")]
    private static partial Regex DeadlineAfter();

    [GeneratedRegex(@"帮我记一下|帮我记录一下|帮我记|记一下|记录一下|帮我存一下|\bplease log (?:it|that)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ask();

    [GeneratedRegex(@"^(?:please\s+)?(?:(?:add|log|put|leave|make|drop|jot|write)\s+(?:down\s+)?(?:a\s+|an\s+)?)?(?:quick\s+)?note\s*(?:[:\-–]|(?:on|for|to|about|re)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NoteAskedFor();

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})\s*,\s*(?=\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex PauseBetweenIdeographs();

    [GeneratedRegex(@"\bvisit(?:ed)?\b|\bsite visit\b|\bonsite\b|拜访|去了趟|上门|现场|" + IntentClassifier.GoneToSee + "|" + IntentClassifier.MetThere, RegexOptions.IgnoreCase)]
    private static partial Regex VisitCue();

    // "sent Jane our pricing deck", "forwarded them the signed NDA": a thing sent to someone went by e-mail.
    [GeneratedRegex(@"\be-?mail(?:ed)?\b|\b(?:sent|forwarded)\b|邮件", RegexOptions.IgnoreCase)]
    private static partial Regex EmailCue();

    [GeneratedRegex(@"\bmeeting\b|\bmet\b|\bmeet\b|\blunch\b|\bdinner\b|\bdemo(?:ed)?\b|\bpresent(?:ed|ation)\b|\bworkshop\b|演示|参观|开会|开了?个?\S{0,2}会|开完会|会议|见了|见面|的会(?![员计长所])|面谈|碰面", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingCue();

    [GeneratedRegex(@"\bcall(?:ed)?\b|\bphone(?:d)?\b|\brang\b|\bspoke\b|\btalked\b|\bhung up\b|\bvoicemail\b|电话|来电", RegexOptions.IgnoreCase)]
    private static partial Regex CallCue();
}
