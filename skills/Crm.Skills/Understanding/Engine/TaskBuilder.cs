using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Plan;
using Crm.Skills.Understanding.Reading;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// "Remind me to send the contract Friday", "下周三记得跟进一下…": a task for the acting user, titled
/// with the thing to do, due on the date said (none said, no due date), linked to what is in context.
/// </summary>
public static partial class TaskBuilder
{
    /// <param name="earlier">What the message said before this clause, where "it" in "remind me to set it up" points.</param>
    public static CreateTask Build(Clause clause, References refs, TurnContext ctx, string earlier = "")
    {
        var dates = ctx.Dates(DateDirection.Future);
        var due = DueDate(DaysSaid(Request(clause), dates)) ?? DueDate(DaysSaid(clause.Text, dates));
        // "remind me on Nov 31 to send the contract": a day that does not exist is asked for, not dropped from the reminder.
        if (due is null && NoSuchDates.First(clause.Text, dates) is { } none)
            throw new NeedsAnswerException(SlotKind.Value, [], $"there is no {none.English}") { Field = "date", NoSuchDate = none };
        var title = TextParts.WithoutDates(TextParts.WithoutNoSuchDates(Cue().Replace(ToDoText(clause, earlier), " ")), dates);
        title = TextParts.Tidy(Politeness().Replace(Whenever().Replace(Leading().Replace(Connective().Replace(title, ""), "").TrimStart(), ""), ""));
        if (title.Length == 0)
            throw new NeedsAnswerException(SlotKind.Value, [], "the reminder does not say what to do") { Field = "title" };
        return new CreateTask(Capitalise(title), due, refs.AccountId, refs.DealNamed ? refs.DealId : null, refs.ContactId) { FromText = clause.Text };
    }

    /// <summary>
    /// "remind me to send the MSA redlines to them by end of month" with no customer in view: who "them" is, is asked rather
    /// than the reminder linked to no one. (A transcript's reminders take the transcript's customer afterwards.)
    /// </summary>
    public static void AskWhoTheyAreWhenNoneInView(Clause clause, References refs)
    {
        if (refs.AccountId is null && SomeoneReferredTo().IsMatch(Request(clause)))
            throw new NeedsAnswerException(SlotKind.Account, [], "the reminder does not say who they are") { Field = "account" };
    }

    /// <summary>
    /// "王磊说下周三可以来公司看演示 提醒我下周二把演示环境准备好": the reminder's own day beats a day said before it, which
    /// only counts when the reminder says none ("下周三下午去康宁做演示 提醒我带上样机" is due that Wednesday).
    /// </summary>
    private static string Request(Clause clause) =>
        clause.Segments.ToList().FindIndex(IntentClassifier.HasTaskCue) is var at and > 0 ? string.Join(", ", clause.Segments.Skip(at)) : clause.Text;

    private static List<DateMention> DaysSaid(string text, DateContext dates) =>
        [.. DateReader.FindAll(text, dates).Where(d => d.Kind != DateKind.Period)];

    /// <summary>
    /// The first day said, or, when that is a whole week or month ("下周", "next week") and a day inside it
    /// follows ("下周 下周四", "next week, Thursday"), that day.
    /// </summary>
    private static DateOnly? DueDate(List<DateMention> said)
    {
        if (said.Count == 0)
            return null;
        var first = said[0];
        if (!first.Vague || first.End is not { } end)
            return first.Date;
        return said.Skip(1).Where(d => !d.Vague && d.Date >= first.Date && d.Date <= end).Select(d => (DateOnly?)d.Date).FirstOrDefault() ?? first.Date;
    }

    /// <summary>
    /// "She wants a demo next Tuesday - remind me to set it up" is "set the demo up": a pronoun standing for the
    /// last thing named before the request is replaced by it, and the words that named it are then context, not title.
    /// </summary>
    private static string ToDoText(Clause clause, string earlier)
    {
        var at = clause.Segments.ToList().FindIndex(IntentClassifier.HasTaskCue);
        if (at < 0)
            return clause.Text;
        var request = string.Join(", ", clause.Segments.Skip(at));
        var before = string.Join(", ", clause.Segments.Take(at).Prepend(earlier));
        return WithTheThingNamed(request, before) ?? clause.Text;
    }

    /// <summary>
    /// <paramref name="request"/> with a pronoun after its verb ("send it") replaced by the last thing <paramref name="before"/>
    /// names ("the pricing sheet"); null when it has no such pronoun or nothing was named.
    /// </summary>
    public static string? WithTheThingNamed(string request, string before)
    {
        var pronoun = Pronoun().Match(request);
        if (!pronoun.Success || Thing().Matches(before).LastOrDefault() is not { } thing)
            return null;
        return request[..pronoun.Index] + "the " + thing.Groups["thing"].Value + request[(pronoun.Index + pronoun.Length)..];
    }

    /// <summary>
    /// "log a call with Jane, she wants the pricing sheet by friday" → "remind me to send it to her thursday": "it" is the
    /// thing the call just logged was about, when the reminder names none of its own.
    /// </summary>
    public static string WithTheThingOf(string text, LastWrite last)
    {
        if (!IntentClassifier.HasTaskCue(text) || Thing().IsMatch(text) || last.Actions.OfType<LogActivity>().FirstOrDefault()?.Summary is not { Length: > 0 } told)
            return text;
        return WithTheThingNamed(text, told) ?? text;
    }

    [GeneratedRegex(@"\b(?:them|him|her|their|his)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SomeoneReferredTo();

    /// <summary>"…, remind me pls": the courtesy around a request is no part of the to-do.</summary>
    [GeneratedRegex(@"^\s*(?:please|pls|plz)\b[\s,]*|[\s,]*\b(?:please|pls|plz|thanks|thx|thank you|ty)[\s.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Politeness();

    [GeneratedRegex(@"(?<=\b(?:send|set|book|schedule|prepare|draft|share|forward|sign|review|finish|organi[sz]e|arrange|confirm|chase|print|get|do|file|submit|update|fix)\s+)(?:it|that|this)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    // Things a to-do is done with: "the demo", "our pricing sheet"; said bare only with a version ("proposal v2").
    private const string Things = SalesThings.Pattern;

    [GeneratedRegex(@"\b(?:a|an|the|their|our|his|her|some|that)\s+(?<thing>(?:[\w-]+\s+){0,2}?" + Things + @"(?:\s+v\d+)?)\b|\b(?<thing>" + Things + @"\s+v\d+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Thing();

    private static string Capitalise(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    // "remind me tomorrow to call Ben": the "to" of the request is a word of its own, never the start of "tomorrow".
    [GeneratedRegex(@"\b(?:please\s+)?(?:(?:remind(?:er)?|ping|nudge|buzz)\s+(?:me|us)(?:\s+to\b)?|(?:add|create|make)\s+(?:a\s+)?(?:new\s+)?(?:to-?do|task|reminder)\s*:?|(?:put|add)\s+(?:a\s+|an\s+)?(?:to-?do|task|reminder|item|it|that|this)?\s*(?:on|to)\s+my\s+(?:to-?do\s+)?list(?:\s+for)?\s*:?|set (?:a |up a )?reminder(?:\s+to\b)?|put (?:in )?a reminder(?: in)?(?:\s+to\b)?|to-?do\s*:?|(?:a |add a |create a )?new task(?: for me)?\s*:?|add a task(?: to)?|create a task(?: to)?|task for me\s*:?|don'?t (?:let me )?forget(?: to)?|note to self\s*:?|^(?:(?:i|we)(?:'ll| will)?\s+)?(?:need|have|got) to)|提醒我一下|提醒我|提醒一下|(?:帮我)?(?:记|建|加|设|添加|新建|创建)\s*(?:个|一个)?\s*(?:待办|任务|todo|to-do)|(?:那|那就)?(?:帮我)?(?:设|建|加|定|订|弄|记|添加|新建|创建)(?:个|一个)?提醒|记得|别忘了|待办\s*:?|todo\s*:?|就这个|就这样", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();

    /// <summary>"also remind me to send Bill the SOW", "然后提醒我周五回访": the word that joins the request to what came before is no part of the to-do.</summary>
    [GeneratedRegex(@"^[\s,，]*(?:(?:oh|and|also|plus|then)\b[\s,]*|(?:然后|另外|还有)[\s,，]*)+", RegexOptions.IgnoreCase)]
    private static partial Regex Connective();

    [GeneratedRegex(@"^(?:(?:to|that|about|i need to|i have to|i should|我要|要|去)\s+|(?:帮我|帮忙|麻烦|再|还要|也|想|打算|准备|我要|要(?=跟进|回访|联系|确认|给|去|把|再))\s*)", RegexOptions.IgnoreCase)]
    private static partial Regex Leading();

    // "回头找个时间", "有空", "at some point": no day, only that it should happen.
    [GeneratedRegex(@"^(?:(?:回头|改天|有空|抽空|找(?:个)?时间|哪天)[\s,，]*)+|^(?:sometime|at some point|when (?:i|we) get a chance)\b[\s,]*", RegexOptions.IgnoreCase)]
    private static partial Regex Whenever();
}
