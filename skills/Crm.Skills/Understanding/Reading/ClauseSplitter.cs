using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Understanding.Reading;

/// <summary>
/// Cuts a message into clauses: first into segments at sentence punctuation, commas, colons, dashes
/// and joining words ("and", "also", "then", 然后, 另外), then each segment either starts a new
/// clause (it asks for something) or joins the clause before it as detail. Words before the first
/// request (such as "Lakeview CRM -") are context and join the first clause.
/// </summary>
public static partial class ClauseSplitter
{
    public static IReadOnlyList<Clause> Split(string text)
    {
        var segments = RunOnClauses.Cut(Segments(text));
        var clauses = new List<(Intent Intent, List<string> Segments)>();
        var leading = new List<string>();
        var seen = new List<string>();
        var namesATicket = IntentClassifier.IsTicketId(text);
        // "…想把小票上的logo换掉，不着急，建个低优先级的工单": the problem told is the new ticket's, not a change to one.
        var describesATicket = !namesATicket && !IntentClassifier.AsksForNewTicket(text) && ((TicketMentions.IsReference(text) && !TicketMentions.IsQuestion(text))
            || TicketMentions.NamesAProblemThenChangesIt(segments));
        for (var k = 0; k < segments.Count; k++)
        {
            var segment = segments[k];
            // "T-505 - called Nancy … set it to waiting on customer": "it" is the ticket the message named, and so is "…，关单".
            var intent = namesATicket && (TicketMentions.IsPronounCommand(segment) || TicketMentions.IsStatusOnly(segment) || TicketMentions.IsHandOver(segment)) ? Intent.UpdateTicket
                // "open a ticket for X: …. assign it to Tom": "it" is the ticket being opened, handed over as it is.
                : clauses is [.., { Intent: Intent.CreateTicket }] && TicketMentions.IsHandOver(segment) ? Intent.None
                // "resolve T-506, and open a new one for them: …": another ticket, the one named being the kind meant.
                : namesATicket && AnotherOne().IsMatch(segment) ? Intent.CreateTicket
                : IntentClassifier.Classify(segment);
            // "何店长打电话过来问积分的事，跟她说T-606还在查": a ticket told of in the report of a call, with no change asked of it
            // there or after, is what the call was about.
            if (intent == Intent.UpdateTicket && clauses is [.., { Intent: Intent.LogActivity }] && TicketToldOf(segments, k))
                intent = Intent.None;
            // "智远短信发不出去那个工单我来接，状态改成处理中": the change said after the ticket described is to that ticket.
            if (intent == Intent.None && describesATicket && TicketMentions.SaysChange(segment) && !clauses.Any(c => c.Intent == Intent.CreateTicket))
                intent = Intent.UpdateTicket;
            // "给陈总发了邮件，约下周二去深圳做方案汇报": what the e-mail or call arranged is what it was about, not a to-do.
            if (intent == Intent.CreateTask && clauses is [.., { Intent: Intent.LogActivity }] && ArrangedInIt().IsMatch(segment) && !IntentClassifier.HasTaskCue(segment))
                intent = Intent.None;
            // "天府杨总换手机了：186 2800 1234": a phone number or an address alone is the value of the clause before it, not an amount.
            if (ContactValueOnly().IsMatch(segment))
                intent = Intent.None;
            // "…认识了他们仓储主管刘波，电话137…，帮我加上": asking to add, right after someone's number or address, adds that person
            // (after "新来了个…" it only repeats the request already made).
            if (intent == Intent.None && IntentClassifier.IsBareAddRequest(segment) && seen.Count > 0 && ContactValueSaid().IsMatch(seen[^1])
                && !clauses.Any(c => c.Intent == Intent.CreateContact))
                intent = Intent.CreateContact;
            seen.Add(segment);
            if (intent == Intent.None && clauses.Count == 0)
            {
                leading.Add(segment);
                continue;
            }
            // "…，月底签，帮我记一下": asking to log it, after the activity was told, adds nothing new; after a request of
            // another kind ("…错位了 帮我开个高优先级工单 顺便把这通电话记一下") it is no part of that request either.
            if (intent == Intent.LogActivity && LogRequestOnly().IsMatch(segment) && clauses.Any(c => c.Intent == Intent.LogActivity))
            {
                if (clauses[^1].Intent != Intent.LogActivity)
                    continue;
                intent = Intent.None;
            }
            // "I've sent Dev the order form, tick it off": what was sent is the task done, not an e-mail to log beside it.
            if (intent == Intent.CompleteTask && clauses is [.., { Intent: Intent.LogActivity, Segments: [var sent] }] && IntentClassifier.SaysAThingSent(sent)
                && ThatOneDone().IsMatch(segment))
            {
                leading.Add(sent);
                clauses.RemoveAt(clauses.Count - 1);
            }
            if (intent == Intent.None || JoinsPrevious(clauses, intent, segment))
            {
                clauses[^1].Segments.Add(segment);
                continue;
            }
            clauses.Add((intent, [.. leading, segment]));
            leading.Clear();
        }
        if (clauses.Count == 0)
            return leading.Count == 0 ? [] : [new Clause(Intent.None, leading)];
        return [.. clauses.Select(c => new Clause(c.Intent, c.Segments))];
    }

    /// <summary>
    /// A second activity right after one is the same activity told in two steps ("记一下，今天跟王磊开了个会"),
    /// deal details after "create a deal" describe the new deal, and a note cue after a ticket's update and the words
    /// after it are the ticket's note, and a ticket change naming no ticket is to the ticket just changed ("…那个工单我来接，状态改成处理中").
    /// What follows "next step:" is the step, whatever it asks ("next step: send the order form by Monday").
    /// A to-do only implied next to one asked for is the same to-do ("add a to-do: prepare the deck by Friday",
    /// "月底前给智远教育发方案，记个待办", "月底前要跟进一下…，帮我建个待办"); two reminders each asked for are two.
    /// Why a deal was lost, said after it ("…closed lost - they went with …"), is part of that change.
    /// "please add him" after a new person was told of ("their new CIO is Derek Hale, …") asks to add that person. Whatever follows a bare request for a
    /// reminder ("帮我设个提醒，下下周一给林工打电话") is what to be reminded of.
    /// </summary>
    private static bool JoinsPrevious(List<(Intent Intent, List<string> Segments)> clauses, Intent intent, string segment) =>
        clauses.Count > 0 && (
            (clauses[^1].Intent == Intent.UpdateTicket && clauses[^1].Segments.Count == 1 && NoteCue().IsMatch(clauses[^1].Segments[0])) ||
            (clauses[^1].Intent == Intent.UpdateTicket && NoteCue().IsMatch(segment)) ||
            (clauses[^1].Intent == Intent.LogActivity && intent == Intent.LogActivity) ||
            (clauses[^1].Intent == Intent.CreateTask && IntentClassifier.IsBareTaskRequest(clauses[^1].Segments[^1])) ||
            (clauses[^1].Intent == Intent.CreateTask && intent == Intent.CreateTask && IntentClassifier.IsBareTaskRequest(segment)) ||
            (clauses[^1].Intent == Intent.CreateTask && intent == Intent.CreateTask &&
                !(IntentClassifier.HasTaskCue(segment) && clauses[^1].Segments.Any(IntentClassifier.HasTaskCue))) ||
            (clauses[^1].Intent == Intent.CreateDeal && intent == Intent.UpdateDeal) ||
            (clauses[^1].Intent == Intent.UpdateDeal && intent == Intent.UpdateDeal && WhyItWasLost().IsMatch(segment)) ||
            (clauses[^1].Intent == Intent.UpdateDeal && BareNextStep().IsMatch(clauses[^1].Segments[^1])) ||
            (clauses[^1].Intent is Intent.CreateContact or Intent.UpdateContact && intent == Intent.UpdateContact) ||
            (clauses[^1].Intent == Intent.CreateContact && intent == Intent.CreateContact && IntentClassifier.IsAddThemRequest(segment)) ||
            (clauses[^1].Intent == Intent.UpdateTicket && intent == Intent.UpdateTicket && !IntentClassifier.IsTicketId(segment) && !TicketMentions.IsReference(segment)));

    // "closed lost - they went with a bundled portal", "lost blue yonder, they went with an in-house team": who won
    // instead is why the deal just changed was lost, not a change of its own.
    [GeneratedRegex(@"^(?:(?:they|we|the\s+(?:customer|client))\s+)?(?:went\s+with|chose|picked|lost\s+(?:it\s+)?to|because|due\s+to)\b|^(?:因为|原因是)", RegexOptions.IgnoreCase)]
    private static partial Regex WhyItWasLost();

    /// <summary>The segment at <paramref name="at"/> names a ticket, and neither it nor anything after it says what to change.</summary>
    private static bool TicketToldOf(IReadOnlyList<string> segments, int at) =>
        IntentClassifier.IsTicketId(segments[at]) && !segments.Skip(at).Any(s => TicketMentions.SaysChange(s) || TicketMentions.IsStatusOnly(s) || NoteCue().IsMatch(s));

    [GeneratedRegex(@"^.{0,25}\b(?:it|that|this)\b.{0,25}$", RegexOptions.IgnoreCase)]
    private static partial Regex ThatOneDone();

    [GeneratedRegex(TicketMentions.AnotherOne, RegexOptions.IgnoreCase)]
    private static partial Regex AnotherOne();

    [GeneratedRegex(@"^(?:\+?\(?\d[\d\s().-]{5,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$")]
    private static partial Regex ContactValueOnly();

    [GeneratedRegex(@"\+?\(?\d[\d\s().-]{5,}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")]
    private static partial Regex ContactValueSaid();

    [GeneratedRegex(@"(?:^|\s)(?:and\s+|the\s+)*next\s+steps?(?:\s+is)?$|下一步(?:是|就是)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareNextStep();

    public static IReadOnlyList<string> Segments(string text) =>
        [.. Boundary().Split(text).Select(s => s.Trim(' ', ',', '.', '!', '?', ';', ':', '-')).Where(s => s.Length > 0)];

    [GeneratedRegex(@"^(?:请|麻烦)?(?:帮我|帮忙)?(?:把(?:这通|那通|这个|刚才的?)?(?:电话|通话|会|拜访)(?:也)?)?(?:记一下|记录一下|记下来|记上|记到系统里?)(?:吧)?$|^(?:please\s+)?(?:log|record|note)\s+(?:it|that|this|the call|that call|this call)(?:\s+too|\s+as well)?(?:\s+please)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LogRequestOnly();

    [GeneratedRegex(@"^(?:并|然后|顺便)?约(?!了)")]
    private static partial Regex ArrangedInIt();

    /// <summary>"add a note to T-501: …", "add to T-509: …": what follows the colon is the note, whatever verbs it has.</summary>
    [GeneratedRegex(@"^(?:and\s+)?note\s+that\b|\b(?:add|put|leave|write)\s+(?:a\s+)?(?:note|comment)\b|" + TicketMentions.AddToTicket + "|" + TicketMentions.ThatAsNote + "|备注|评论|留言|补充|补(?:一|几|两)句|记一笔", RegexOptions.IgnoreCase)]
    private static partial Regex NoteCue();

    // Sentence ends need a space or the end after them, so e-mail addresses and 4.5万 stay whole; a semicolon
    // (full-width "；" is folded to one) always ends one; colons between digits (10:30) do not cut.
    // An "and" inside a number said in words joins nothing ("a hundred and forty five thousand").
    // Dictation has no punctuation: a request starting mid-sentence starts a segment ("…by end of month remind me to
    // send it on the 27th", "…questionnaire is done so move the lab platform to proposal", "…技术评审过了帮我把单子推到谈判", "…错位了 帮我开个高优先级工单"); a bare "帮我建个提醒" at the end is a request for what comes before it. "刚从华盛出来黄总同意了…": the visit ends where it was left.
    [GeneratedRegex(@"[.!?](?=\s|$)|(?<=\p{IsCJKUnifiedIdeographs})[!?]|;|(?<!\d),|,(?!\d)|[，。；！？]|(?<!\d):|：|\s[-–—]+\s|\s(?:(?!" + NumberLexicon.AndInNumber + @")and|also|then|plus)\s(?=\S)|然后|另外|顺便|并且|同时"
        + @"|(?<=\w)\s+(?=(?:please\s+)?remind (?:me|us) to\b)"
        // "…search returns nothing since the weekend open a ticket for that high priority": a ticket asked for in one breath
        // after what was told starts a request ("we need to open a ticket", "can you open a case" ask it themselves).
        + @"|(?<=\w)(?<!\b(?:to|please|pls|you|u|i|we|they|and|also|then|so|will|can|could|should|must|let's|lets|i'll|we'll|gonna|wanna|just|not|never)|n't)\s+(?:so\s+)?(?=(?:please\s+)?(?:open|create|raise|file|log)\s+(?:a|an)\s+(?:new\s+)?(?:(?:urgent|high|normal|low|support|high-priority|low-priority)\s+)?(?:ticket|case)\b)"
        + @"|(?<=\w)\s+so\s+(?=(?:move|push|bump|set|mark|update|change|put)\b)|(?<=\p{IsCJKUnifiedIdeographs})(?=(?:帮我|麻烦帮我)(?:把|建|加|设|改|订|定)(?!(?:个|一个)?(?:提醒|待办|任务)(?:吧)?[。！!]?$))"
        + @"|(?<=\p{IsCJKUnifiedIdeographs}\s*)(?=(?:帮我|麻烦帮我|帮忙)(?:开|报|提)(?:一)?[个张]?[^，,。；;\s]{0,6}?工单)"
        // "…他们想明年启动 提醒我月底前出个初步预算": a reminder asked for in one breath after what was told starts a request.
        // A day said just before it is the reminder's ("下周一 提醒我发续约报价"), so no cut after one.
        + @"|(?<=\p{IsCJKUnifiedIdeographs}(?<!记得|别忘了|让他|让她|叫他|叫她|帮|请|要|再|也|会|跟|和|给|找|[周月年号日底末天前后初]|周.|星期.|礼拜.|左右))\s*(?=提醒我)"
        + @"|(?<=\p{IsCJKUnifiedIdeographs}(?:出来|回来|聊完|谈完|见完|开完会|打完电话))(?=\p{IsCJKUnifiedIdeographs})(?![了的后再以之])"
        // "…采购吴倩 手机 139… 加一下": asking to add, right after a number said without a pause, is a request of its own.
        + @"|(?<=\d)\s*(?=(?:请|麻烦)?(?:帮我|帮忙)?(?:把(?:他|她))?(?:加上|加一下|加进去|存一下)(?:吧)?$)", RegexOptions.IgnoreCase)]
    private static partial Regex Boundary();
}
