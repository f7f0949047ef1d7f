using System.Text.RegularExpressions;
using Crm.Data.Activities;
using Crm.Skills.Conversation;
using Crm.Skills.Understanding.Engine;
using Crm.Skills.Understanding.Index;
using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Plan;
using Crm.Skills.Understanding.Reading;
using Crm.Skills.Understanding.Resolution;

namespace Crm.Skills.Understanding.Transcripts;

/// <summary>
/// A message with a transcript attached logs ONE call or meeting (type from the message) on the
/// account and contact named in the message or heard among the speakers, summarised from what was
/// said, and offers the follow-ups it heard (the user's own commitments as tasks, and the stage moves,
/// amounts and problems in <see cref="HeardFollowUps"/>) as choices to apply.
/// </summary>
public static partial class TranscriptInterpreter
{
    public static TurnAttachment? TranscriptOf(IReadOnlyList<TurnAttachment> attachments) =>
        attachments.FirstOrDefault(a => !string.IsNullOrWhiteSpace(a.Content) &&
            (a.ContentType.StartsWith("text/vtt", StringComparison.OrdinalIgnoreCase)
             || a.ContentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase)
             || (a.Name?.EndsWith(".vtt", StringComparison.OrdinalIgnoreCase) ?? false)));

    public static TranscriptLog Interpret(string message, TurnAttachment file, TurnContext ctx)
    {
        var utterances = TranscriptParser.Parse(file.Content!);
        var memo = utterances.Count == 0 ? VoiceMemo.ProseOf(file.Content!) : null;
        if (memo is not null)
            utterances = [new Utterance(ctx.User.Name, memo)];
        var speakers = utterances.Select(u => u.Speaker).Distinct().ToList();
        var account = AccountResolver.Resolve(ctx.Index, message);
        if (!account.IsUnique)
        {
            // What was heard settles it only when it fits what the message said; else the message's candidates stay.
            var spoken = AccountResolver.Resolve(ctx.Index, (file.Name ?? "") + " " + string.Join(" ", utterances.Take(6).Select(u => u.Text)));
            if (account.IsNone || (spoken.IsUnique && account.Candidates.Contains(spoken.Id!)))
                account = spoken;
        }
        // "just walked out of Acme in Denver. sat down with Emily Stone": of the customers the name fits, the one she works at.
        if (memo is not null && account.IsAmbiguous
            && account.Candidates.Where(a => ContactResolver.Resolve(ctx.Index, memo, a).IsUnique).ToList() is [var only])
            account = Resolved.One(only, "the customer of the person the memo names", 0.9, null);
        if (!account.IsUnique && ctx.Bindings.AccountId is { } chosen)
            account = Resolved.One(chosen, "chosen by the user", 1, null);
        var contactIds = speakers.Select(s => ContactResolver.Resolve(ctx.Index, s, account.Id)).Where(r => r.IsUnique).Select(r => r.Id!).Distinct().ToList();
        var accountId = account.Id ?? contactIds.Select(c => ctx.Index.Contacts[c].AccountId).Distinct().SingleOrDefault()
            ?? throw new NeedsAnswerException(SlotKind.Account, account.Candidates, "the transcript does not say which customer") { Field = "account" };
        ctx.Explain.Reference("account", account);
        var named = ContactResolver.Resolve(ctx.Index, message, accountId);
        if (!named.IsUnique && memo is not null)
            named = ContactResolver.Resolve(ctx.Index, memo, accountId);
        var atAccount = contactIds.Where(c => ctx.Index.Contacts[c].AccountId == accountId).ToList();
        // "that was Carlos at Acme Robotics" to "which account?" about anonymous speakers: the person the answer named.
        var answered = ctx.Bindings.ContactId is { } person && ctx.Index.Contacts[person].AccountId == accountId ? person : null;
        var contactId = named.IsUnique ? named.Id : answered ?? (atAccount.Count == 1 ? atAccount[0] : null);
        if (contactId is not null)
            ctx.Explain.Note("contact", ctx.Index.Contacts[contactId].Name, contactId, named.IsUnique ? named.How : answered is not null ? "named in the answer" : "the only customer speaker");
        // "globex renewal sync notes": the deal the message names, else the account's only open deal.
        var deal = DealResolver.Resolve(ctx.Index, message, accountId, null, needed: false);
        var activity = new LogActivity(TypeOf(message, memo), accountId, contactId, deal.Id,
            OccurredAt(message, ctx), memo ?? TranscriptSummarizer.Summarize(utterances), ActivitySource.Transcript) { FromText = message };
        var heard = HeardFollowUps.Find(utterances, ctx, activity, LanguageDetector.IsChinese(message)).DistinctBy(h => h.Offer).ToList();
        return new TranscriptLog(activity, [.. Offers(utterances, ctx, activity), .. heard.Select(h => h.Offer)])
        {
            Reminders = RemindersAsked(message, activity, ctx),
            Titles = heard.ToDictionary(h => h.Offer, h => h.Title),
            Explanation = ctx.Explain.Build("transcript: log one activity and offer its follow-ups", [activity.ToString()]),
        };
    }

    /// <summary>
    /// "…log it and remind me to send her the validation template friday", "…顺便提醒我下周一把合同初稿发给他": a reminder the
    /// message asks for beside the transcript is written with it, about the same customer.
    /// </summary>
    private static List<PlannedAction> RemindersAsked(string message, LogActivity activity, TurnContext ctx)
    {
        var clauses = ClauseSplitter.Split(message);
        return [.. clauses.Select((c, i) => (c, i)).Where(x => x.c.Intent == Intent.CreateTask)
            .Select(x => TaskBuilder.Build(x.c, new References(ctx), ctx, string.Join(", ", clauses.Take(x.i).Select(c => c.Text)))
                with { AccountId = activity.AccountId, DealId = activity.DealId, ContactId = activity.ContactId })];
    }

    /// <summary>"transcript of yesterday's call": the day the message says, but not a reminder's ("…remind me to send it monday").</summary>
    private static DateTime OccurredAt(string message, TurnContext ctx) =>
        ActivityBuilder.OccurredAt(string.Join(", ", ClauseSplitter.Split(message).Where(c => c.Intent != Intent.CreateTask).Select(c => c.Text)), ctx);

    private static ActivityType TypeOf(string message, string? memo)
    {
        // "voice memo from the parking lot, log it": what kind of conversation it was, the memo itself says ("just walked out of Acme").
        if (memo is not null && !Vocabulary.ActivityTypes(message).Any(m => !m.Negated && m.Value is not (ActivityType.Note or ActivityType.Email)))
            return ActivityBuilder.TypeOf(memo);
        // "notes from my call with Olivia": the notes are the transcript, the call is what it was.
        // Notes alone ("notes from this morning's session") are of a meeting.
        var said = Vocabulary.ActivityTypes(message).Where(m => !m.Negated).ToList();
        if (said.FirstOrDefault(m => m.Value is not (ActivityType.Note or ActivityType.Email)) is { Length: > 0 } kind)
            return kind.Value;
        return said.Count > 0 || MeetingWord().IsMatch(message) ? ActivityType.Meeting : ActivityType.Call;
    }

    /// <summary>What the acting user promised to do, as tasks due when they said.</summary>
    private static List<PlannedAction> Offers(IReadOnlyList<Utterance> utterances, TurnContext ctx, LogActivity activity)
    {
        var dates = ctx.Dates(DateDirection.Future);
        var offers = new List<PlannedAction>();
        foreach (var u in utterances.Where(u => NameText.Normalize(u.Speaker) == NameText.Normalize(ctx.User.Name)))
        {
            if (offers.Count >= 3 || Promises.TitleOf(u.Text, dates) is not { } title)
                continue;
            var due = DateReader.FindAll(u.Text, dates).Select(d => (DateOnly?)d.Date).FirstOrDefault();
            offers.Add(new CreateTask(title.Length > 100 ? title[..100] : title, due, activity.AccountId, activity.DealId, activity.ContactId) { FromText = u.Text });
        }
        return offers;
    }

    [GeneratedRegex(@"\bmeeting\b|\bmeet\b|\bsession\b|\bworkshop\b|会议|开会|的会|沟通会|会的记录|线上会|视频会|开的.{0,4}会", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingWord();
}
