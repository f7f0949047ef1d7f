using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Plan;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// "Actually it was a meeting", "sorry, I meant 65k", "actually it was with Owen", "sorry, that was for
/// Harbor", "不对，是二十二万": the previous message's writes with the corrected values, to be written
/// instead of them (never as a second record). Returns null when the message is not a correction of
/// what was last written.
/// </summary>
public static partial class CorrectionInterpreter
{
    public static IReadOnlyList<PlannedAction>? Amend(string text, LastWrite last, TurnContext ctx)
    {
        if (NamedRecord().Match(text) is { Success: true } named)
            return AmendNamed(text[named.Length..], named.Groups["kind"].Value, last, ctx);
        // "算了 阶段先不动 把金额改成八万就行": a field of the deal change kept as it was, and maybe another corrected.
        if (KeptFields.Read(text, last) is var (kept, remaining))
            return remaining.Length > 0 && Apply(remaining, last with { Actions = kept }, _ => true, ctx) is { } more ? more : kept;
        // "and call it ski pass kiosks", "rename it to POS refresh" right after a deal was created: the new deal's name.
        if (DealRenamed().Match(text) is { Success: true } renamed && last.Actions.Any(a => a is CreateDeal))
            return [.. last.Actions.Select(a => a is CreateDeal created ? created with { Name = TextParts.Tidy(renamed.Groups["name"].Value) } : a)];
        // "reason: they froze all IT spend", "原因是他们决定自研" right after a deal was marked lost: why it was lost.
        if (LostBecause().Match(text) is { Success: true } because && last.Actions.Any(a => a is UpdateDeal { Stage: Crm.Data.Deals.DealStage.Lost }))
            return [.. last.Actions.Select(a => a is UpdateDeal { Stage: Crm.Data.Deals.DealStage.Lost } lost ? lost with { LostReason = TextParts.Tidy(because.Groups["why"].Value) } : a)];
        // "再加一条 …" after a reminder as well is another reminder (PreviousTopic.WithAnotherTask), not more of the call.
        if (Addition().Match(text) is { Success: true } addition && last.Actions.Any(a => a is LogActivity)
            && !(addition.Groups["item"].Success && last.Actions.Any(a => a is CreateTask)))
        {
            var more = addition.Groups["more"].Value;
            var joint = Index.NameText.HasCjk(more) ? "，" : ", ";
            return [.. last.Actions.Select(a => a is LogActivity logged ? logged with { Summary = TextParts.Tidy(logged.Summary + joint + more) } : a)];
        }
        // "his number is +1 860 555 0288", "她手机是139…" right after a contact was added: more about that contact.
        if (last.Actions.Any(a => a is CreateContact) && MoreAboutThem().IsMatch(text))
            return Apply(text, last, a => a is CreateContact, ctx);
        // "职位改成 信息中心主任" right after a contact was added or changed: that contact's title, not someone else's.
        if (last.Actions.Any(a => a is CreateContact or UpdateContact) && TheirTitleChanged().IsMatch(text))
            return Apply(text, last, a => a is CreateContact or UpdateContact, ctx);
        var fieldWrong = FieldWrong().Match(text);
        var cued = CorrectionCues.StartsWithCorrection(text, out var rest);
        if (!fieldWrong.Success && !cued && !Cue().IsMatch(text) && !OnlyADate(text, ctx))
            return null;
        // "金额写错了，是二十九万", "优先级弄错了，应该是高": the field named, then its value.
        // "不是开会，是打的电话", "not a meeting, a call": what comes before the comma is the mistake.
        // "it was Victor, not Hannah", "是刘工不是赵经理": what it was not is only the mistake being named.
        var body = fieldWrong.Success ? fieldWrong.Groups["field"].Value + text[fieldWrong.Length..]
            : Denial().Match(text) is { Success: true } denial ? text[denial.Length..]
            : rest > 0 ? text[rest..] : Cue().Replace(text, "");
        var (amendable, said) = CorrectedRecord.Of(body, ctx);
        return Apply(said, last, amendable, ctx, AnotherRecordMeant().IsMatch(text)) ?? (cued ? RenumberedWord.Apply(said, last) : null);
    }

    /// <summary>
    /// "that call with Olivia was actually yesterday", "那个电话其实是昨天打的": a correction of the record of that kind
    /// in <paramref name="write"/>, which may be the write before the last one (a reminder set in between). Null when
    /// the message names no record that way, or the write holds none of that kind.
    /// </summary>
    /// <summary>"wrong deal - it's the Humongous one that's lost", "不对，是MES那个单子": the change was meant for another record.</summary>
    public static bool MeansAnotherRecord(string text) => AnotherRecordMeant().IsMatch(text);

    public static IReadOnlyList<PlannedAction>? AmendNamedRecord(string text, LastWrite write, TurnContext ctx) =>
        NamedRecord().Match(text) is { Success: true } named ? AmendNamed(text[named.Length..], named.Groups["kind"].Value, write, ctx) : null;

    private static IReadOnlyList<PlannedAction>? AmendNamed(string body, string kind, LastWrite write, TurnContext ctx)
    {
        Func<PlannedAction, bool> ofKind = TaskWord().IsMatch(kind) ? a => a is CreateTask : a => a is LogActivity;
        return write.Actions.Any(ofKind) ? Apply(body, write, ofKind, ctx) : null;
    }

    private static IReadOnlyList<PlannedAction>? Apply(string body, LastWrite write, Func<PlannedAction, bool> amendable, TurnContext ctx, bool anotherRecord = false)
    {
        var said = CorrectionValues.Read(NotThat().Replace(body, ""), ctx) with { AnotherRecordMeant = anotherRecord };
        var changed = false;
        var amended = write.Actions.Select(action =>
        {
            var result = amendable(action) ? Amendments.Apply(action, said, ctx) : action;
            changed |= !ReferenceEquals(result, action);
            return result;
        }).ToList();
        return changed ? amended : null;
    }

    // "oh, and that call with Olivia was actually yesterday", "the reminder for Dev should be Monday", "刚才那个电话其实是昨天打的":
    // a record of the conversation named by its kind, then what it really was.
    [GeneratedRegex(@"^(?:(?:oh|oops|sorry|also|and)[\s,]+)*(?:the|that) (?<kind>call|meeting|visit|demo|lunch|dinner|note|email|task|reminder)\b[^,.;]{0,40}?\b(?:was|is|should(?: have)? been|should be) actually\b[\s,]*|^(?:(?:oh|oops|sorry|also|and)[\s,]+)*(?:the|that) (?<kind>task|reminder)\b[^,.;]{0,40}?\bshould be\b[\s,]*|^(?:对了|还有|哦)?[\s,，]*(?:刚才|之前|早上|上午|下午)?(?:那个|那通|那次|那场|那条)(?<kind>电话|会|会议|拜访|演示|饭局|备注|任务|提醒)[^，,。]{0,12}?(?:其实|实际上)(?:是|应该是)?", RegexOptions.IgnoreCase)]
    private static partial Regex NamedRecord();

    // "call it ski pass kiosks", "name it 'POS refresh'", "rename it to POS refresh", "名字改成智能仓储": a name given to what was just written.
    [GeneratedRegex(@"^(?:(?:and|oh|also|ok(?:ay)?|actually|sorry|wait|so)[\s,]+)*(?:please\s+)?(?:call|name|rename|retitle|title)\s+(?:it|that|this(?:\s+one)?|the (?:new\s+)?deal)\s+(?:to\s+|as\s+)?[""“'‘]?(?<name>[^""”’]{2,80}?)[""”'’]?(?:\s+instead)?[\s.!]*$|^(?:把)?(?:它|这个单子|这个商机|商机|单子)?的?(?:名字|名称)(?:改成|改为|换成|叫)(?<name>.{2,40}?)[吧。！!]*$|^改名(?:叫|为|成)(?<name>.{2,40}?)[吧。！!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex DealRenamed();

    // "also add that he's retiring in March", "再加一句：杨总希望下个月能看到原型": more about the conversation just logged.
    [GeneratedRegex(@"^(?:(?:oh|and|also|ok(?:ay)?|oh and)[\s,]+)*(?:also\s+)?(?:add|note|put down|mention)\s+that\s+(?!(?:as|to|on|in)\b)(?<more>.{3,})$|^(?:[哦噢][\s,，]*)?(?:对了|对|还有|另外)?[\s,，]*(?:再|还)?(?:加|补充|补)(?:一句|一下|两句|一点|(?<item>一条))[\s:：,，]*(?<more>.{2,})$", RegexOptions.IgnoreCase)]
    private static partial Regex Addition();

    [GeneratedRegex(@"^(?:(?:the\s+)?(?:lost\s+)?reason(?:\s+(?:is|was|being))?\s*[:：,-]?\s*|(?:because|since|they)\s+(?=\S))(?<why>.{3,})$|^(?:丢单)?(?:原因|理由)(?:是|：|:)\s*(?<why>.{2,})$|^因为(?<why>.{2,})$", RegexOptions.IgnoreCase)]
    private static partial Regex LostBecause();

    // "no, I meant the analytics add-on", "wrong deal, it's the Initech one", "不对，是MES那个单子": the change was meant for
    // another record. Without such words a deal named in a correction ("actually the renewal is at 45k") is not a move.
    [GeneratedRegex(@"\bi meant\b|\bi mean\b|\bwrong (?:deal|one|opportunity)\b|\bnot (?:that|this) one\b|\bthe other one\b|^no\b|^不对|^错了|我说的是|我是说|我指的是|不是(?:这|那)(?:个|单|笔)|搞错了|弄错了", RegexOptions.IgnoreCase)]
    private static partial Regex AnotherRecordMeant();

    [GeneratedRegex(@"^(?:(?:oh|and|also|ok(?:ay)?)[\s,]+)*(?:his|her|their)\s+(?:direct\s+|mobile\s+|cell\s+|work\s+)?(?:number|phone|mobile|cell|e-?mail)(?:\s+(?:number|address))?\s*(?:is|'s|:)|^(?:对了[\s,，]*)?(?:他|她)的?(?:手机|电话|邮箱|手机号)(?:号码?)?\s*(?:是|为|[:：])"
        // "再把他邮箱也加上 fenglei@…", "add her email too: …": asked to add the detail, then the detail.
        + @"|^(?:对了[\s,，]*)?(?:再|还|也)?(?:帮我|帮忙)?把?(?:他|她)的?(?:手机|电话|邮箱|手机号)(?:号码?)?(?:也|再)?(?:加上|补上|加一下|添上|填上|记上|存上)"
        + @"|^(?:(?:oh|and|also|pls|please)[\s,]+)*(?:also\s+)?add\s+(?:his|her|their)\s+(?:direct\s+|mobile\s+|cell\s+|work\s+)?(?:number|phone|mobile|cell|e-?mail)(?:\s+(?:number|address))?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoreAboutThem();

    // "职位改成信息中心主任", "她的职务改为…", "change her title to VP Sales": the title said with no one named before it.
    [GeneratedRegex(@"^(?:把|将)?(?:他|她)?的?(?:职位|职务|头衔|岗位)\s*(?:改成|改为|换成|更新为|更新成|应该是)|^(?:(?:and|also|oh|ok(?:ay)?)[\s,]+)*(?:change|update|make)\s+(?:his|her|the)\s+(?:job\s+)?title\s+(?:to\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex TheirTitleChanged();

    [GeneratedRegex(@"task|reminder|任务|提醒", RegexOptions.IgnoreCase)]
    private static partial Regex TaskWord();

    // "对了，刚才记的那条其实是视频会议", "the call I just logged was actually a meeting": the record just written, named.
    [GeneratedRegex(@"^(?:actually|sorry|oops|no|correction|i meant|make that|wait|wrong (?:deal|one))\b[\s,\-–]*(?:i meant|it was|it's|make (?:it|that)|should be)?|^(?:不对|错了|说错了|应该是|更正|纠正一下)[\s,，]*(?:是|应该是)?|^(?:对了[\s,，]*)?(?:刚才|刚刚)(?:记|录|写|存|登记|加)的(?:那条|那个|那笔|那次)?[\s,，]*(?:其实|实际上)?(?:是|应该是)|^(?:对了[\s,，]*)?(?:其实|实际上)(?:是|应该是)|^(?:the|that) (?:one|call|meeting|visit|note|activity|entry|task|reminder) (?:i|we) (?:just )?(?:logged|added|saved|entered|created|made) (?:was|is|should be) (?:actually )?"
        // "oh and that was yesterday not today", "oh right, it was yesterday": only with a day after it ("that was a good call" corrects nothing).
        + @"|^(?:(?:oh|and|also|so|ok(?:ay)?|um|right)[\s,]+)*(?:that|it) was (?:actually )?(?=(?:yesterday|today|this morning|this afternoon|last|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
        // "哦 对 是昨天打的", "其实是周一见的": when the call or visit just logged really happened, said as 是…的.
        + @"|^(?:对了?|哦)?[\s,，]*(?:其实|实际上)?是(?=[^，,。；;]{1,10}?(?:打|开|见|去|拜访|聊|谈)的\s*$)"
        // "oh it's Lena Ortega, not Ortiz", "sorry, her name is …": a name spelled again, with a capital.
        + @"|^(?:(?:oh|oops|sorry|no)[\s,]+)*(?:it's|it is|that's|that is|the name is|her name is|his name is|(?:she|he)'s)\s+(?=(?-i:\p{Lu}\p{Ll}+\s\p{Lu}))"
        // "算了 还是周五吧", "还是下个月中吧": the speaker thinks again and settles on another value for what was just written.
        + @"|^(?:算了|要不|嗯)?[\s,，]*还是(?:改成|改到|定在|放在|等到)?(?=[^，,。；;]{1,16}?吧[\s。！!]*$)"
        // "刚才那个改到下周一", "把刚才那条提醒推到周五": what was just written, pointed at, then its new day.
        + @"|^(?:把|将)?(?:刚才|刚刚)(?:的)?(?:那个|那条|那件|那笔|那次)?(?:提醒|待办|任务)?\s*(?:改到|改成|改为|推到|挪到|换到|调到|延到|提前到)"
        // "时间改到下周一", "日期推到周五": the date of what was just written, named only as its time.
        + @"|^(?:把|将)?(?:时间|日期|日子)\s*(?:改到|改成|改为|推到|挪到|换到|调到|延到|提前到|定在)"
        // "截止日期设成下周一吧", "make the due date Friday": the date of what was just written, named by its field.
        + @"|^(?:把|将)?(?:截止日期|截止时间|到期日|到期时间|期限|完成时间)\s*(?:设成|设为|设置成|设置为|改成|改为|改到|定在|定成|调到|调成|是|为|[:：])?|^(?:(?:and|ok(?:ay)?|so)[\s,]+)?(?:make |set |change |move )?(?:the )?(?:due date|deadline)\s*(?:to|is|should be|will be|[:：])?", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();

    // "not Thursday", "而不是周四"; and "put WWI back", "change the other one back": the record changed by mistake, named only
    // to be put back (which moving the change to the record meant does), so it does not make the record meant ambiguous.
    [GeneratedRegex(@"(?:,\s*)?\b(?:not|rather than|instead of)\s+[^,.;]+|[，,]?\s*(?:而)?不是[^，,。；;]+|[,.;]?\s*\b(?:and\s+|then\s+)?(?:put|set|change|move|switch|turn)\s+(?:[\w'-]+\s+){1,3}?back\b[^,.;]*", RegexOptions.IgnoreCase)]
    private static partial Regex NotThat();

    /// <summary>"12月3号吧", "the 18th then": a date and nothing else, said right after a write, moves its date.</summary>
    private static bool OnlyADate(string text, TurnContext ctx)
    {
        // Said alone a date is short ("Wednesday the 3rd of December then"); longer messages skip reading dates here.
        if (text.Length > 48)
            return false;
        var dates = DateReader.FindAll(text, ctx.Dates(DateDirection.Future));
        if (dates.Count != 1)
            return false;
        var rest = string.Concat(text.AsSpan(0, dates[0].Start), text.AsSpan(dates[0].EndIndex));
        return Particles().Replace(rest, "").Trim().Length == 0;
    }

    [GeneratedRegex(@"[吧呢啊呀那就嗯好,，.。!！]|\b(?:then|instead|ok|okay|on|the|please)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Particles();

    // "金额写错了，是二十九万"; "哦不是 我说错了 是谈判签约": an interjection, a denial and the speaker before it are not the field.
    [GeneratedRegex(@"^(?:[哦噢喔啊][\s,，]*)?(?:不是|不对)?[\s,，]*(?<field>[^，,。]{0,8}?)[\s,，]*我?(?:写错了|打错了|记错了|搞错了|弄错了|说错了|填错了|选错了)[\s,，]*(?:是|应该是|应该)?")]
    private static partial Regex FieldWrong();

    // "哦不是周四，是周五", "oh not Thursday, Friday": an interjection may come first.
    [GeneratedRegex(@"^\s*(?:[哦噢喔啊呃嗯额][\s,，]*|(?i:oh|oops|sorry|no)[\s,]+)?(?:不是|(?i:not))\s*[^,，。;；]+[,，]\s*(?:而是|是|应该是|(?i:it was|it's|but|a|an))?\s*")]
    private static partial Regex Denial();
}
