using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Understanding.Reading;

/// <summary>
/// Decides what one segment asks for from its verbs and domain words, in a fixed order: finishing a
/// task comes first ("mark the contract task done" asks for no new reminder), a reminder beats the
/// call it reminds about, a ticket id beats everything after it, "next step is a call" is a deal
/// update, and reporting what happened logs an activity (a meeting still to come does not).
/// </summary>
public static partial class IntentClassifier
{
    public static Intent Classify(string segment)
    {
        segment = WithoutUnchangedFields(segment);
        if (TaskWords.IsCompletion(segment) && !TicketId().IsMatch(segment))
            return Intent.CompleteTask;
        // "下一步改成月底前提交需求规格说明书": a deal's next step with its date, not a to-do of the user's.
        if (TaskCue().IsMatch(segment) || (TaskWords.IsImpliedTask(segment) && !DealFieldCue().IsMatch(segment) && !NextStep().IsMatch(segment)))
            return Intent.CreateTask;
        if ((TicketId().IsMatch(segment) || TicketMentions.IsDescribedUpdate(segment)) && !AsksForNewTicket(segment))
            return Intent.UpdateTicket;
        if (AsksForNewTicket(segment))
            return Intent.CreateTicket;
        if (ContactCreate().IsMatch(segment) || AddPerson().IsMatch(segment) || NewPerson().IsMatch(segment) || IsAddThemRequest(segment))
            return Intent.CreateContact;
        if (SaysContactUpdate(segment) && !HasStageChange(segment) && !DealFieldCue().IsMatch(segment) && !HasMoney(segment))
            return Intent.UpdateContact;
        if (DealCreate().IsMatch(segment))
            return Intent.CreateDeal;
        if (NextStep().IsMatch(segment) || OwnerChange().IsMatch(segment))
            return Intent.UpdateDeal;
        if (ActivityTold(segment) is { } activity && !PlansAhead.IsPlan(segment, activity.Index))
            return Intent.LogActivity;
        if (HasStageChange(segment) || AdvancesAStage(segment) || DealFieldCue().IsMatch(segment) || HasMoney(segment) || MovesADealBySpan(segment)
            || SigningDaySaid().IsMatch(segment))
            return Intent.UpdateDeal;
        // "bump it to urgent", "close it": a ticket's priority or status given to "it" changes a ticket, even with none in
        // view (which one is then asked).
        if (TicketMentions.IsStatusOnly(segment) || (TicketMentions.IsPronounCommand(segment) && SaysATicketValue(segment)))
            return Intent.UpdateTicket;
        return Intent.None;
    }

    /// <summary>A ticket priority or status said and not denied ("urgent", "已解决"; not "not urgent").</summary>
    public static bool SaysATicketValue(string segment) =>
        Vocabulary.TicketPriorities(segment).Any(m => !m.Negated) || Vocabulary.TicketStatuses(segment).Any(m => !m.Negated);

    // "合同下周三签", "月底前签约", "15号签合同": the day the contract is to be signed is the deal's close date. "签了" is signed.
    [GeneratedRegex(@"(?:今天|明天|后天|(?:下|这|本)?(?:个)?(?:周|星期|礼拜)[一二三四五六日天]|(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:号|日)|(?:这个|下个|本|下)?月(?:底|初|中)|年底|年前)(?:前|之前|以前)?(?:能|就|可以|再|正式|要)?签(?:约|单|合同|掉)?(?![了过好完字收])")]
    private static partial Regex SigningDaySaid();

    /// <summary>"move the globex renewal out by a week", "往后推一个月": a date moved by a span, unless it is a meeting's or a reminder's.</summary>
    private static bool MovesADealBySpan(string segment) => DateShifts.Read(segment) is not null && !ShiftedEvent().IsMatch(segment);

    public static bool IsTicketId(string text) => TicketId().IsMatch(text);

    /// <summary>
    /// "…，建个低优先级的工单", "open a ticket for …": a new ticket asked for somewhere in the text; "不是系统问题 不用建工单 帮我记一下就行",
    /// "no need to open a ticket" decline one.
    /// </summary>
    public static bool AsksForNewTicket(string text) => TicketCreate().Matches(text).Any(m => !Negation.Before(text, m.Index));

    /// <summary>
    /// "reassign the Fabrikam POS rollout to Priya", "恒通物流的单子交给李伟吧": a deal handed to a colleague. A task or a
    /// ticket handed over is caught before this (by its cue or its id), and one named by its noun is left alone here. In
    /// Chinese the deal is said (单子, 商机), so "把报价单当面交给她了" is a visit told.
    /// </summary>
    [GeneratedRegex(@"^(?!.*\b(?:task|to-?do|reminder|ticket|case)s?\b)(?:.*\b(?:reassign|re-assign|transfer|hand(?:ing|ed)?(?:\s+\S+){0,6}?\s+(?:over|off)|give)\b.*?\bto\s+\p{Lu}\p{Ll}+|(?!.*(?:待办|任务|工单))(?=.*(?:单子|商机|项目|这单|那单)).*(?:交给|转给|移交给|转交给|划给|交由)(?:(?![她他我你它咱]|对方|客户)\p{IsCJKUnifiedIdeographs}{2}|[A-Z][a-z]+))", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerChange();

    /// <summary>"推进到下一阶段", "move it to the next stage": one stage on from where the deal is, whichever that is.</summary>
    public static bool AdvancesAStage(string segment) => NextStage().IsMatch(segment);

    /// <summary>"金额不变", "amount stays the same": a field said not to change is no request to change it.</summary>
    public static string WithoutUnchangedFields(string text) => Unchanged().Replace(text, "");

    /// <summary>"Had a call with Marcus about T-503": a call, meeting or visit told before the ticket it was about.</summary>
    public static bool ReportsActivityBeforeTicket(string segment) =>
        ActivityTold(segment) is { } activity && TicketId().Match(segment) is { Success: true } ticket && activity.Index < ticket.Index;

    /// <summary>"星河林工电话里说他们新来了个项目经理…", "Marcus said on the phone they hired…": a call told before the new contact it brought.</summary>
    public static bool ReportsActivityBeforeNewContact(string segment) =>
        ActivityTold(segment) is { } activity && ContactCreate().Match(segment) is { Success: true } contact && activity.Index < contact.Index;

    /// <summary>Asks for a reminder in so many words ("remind me", 记得, 待办), as against a to-do only implied.</summary>
    public static bool HasTaskCue(string text) => TaskCue().IsMatch(text);

    /// <summary>Asks for a reminder and says nothing of it ("帮我设个提醒", "add a to-do"): what follows is the to-do.</summary>
    public static bool IsBareTaskRequest(string segment) => BareTaskRequest().IsMatch(segment);

    public static IEnumerable<string> TicketIds(string text) => TicketId().Matches(text).Select(m => m.Value.ToUpperInvariant());

    /// <summary>A stage word that is said as a change ("moving ERP to negotiation", "进入商务谈判"), not in passing.</summary>
    public static bool HasStageChange(string segment)
    {
        foreach (var m in Vocabulary.DealStages(segment))
        {
            if (m.Negated)
                continue;
            var before = segment[..m.Start];
            if (NotAStage().IsMatch(segment[m.EndIndex..]) || before.EndsWith("预计", StringComparison.Ordinal))
                continue;
            // "wants the renewal signed before Thanksgiving", "下个季度末成交": a signing hoped for or expected, not one done.
            if (m.Value == Crm.Data.Deals.DealStage.Won && (HopedFor().IsMatch(before) || WhenExpected().IsMatch(before) || ExpectedAfter().IsMatch(segment.AsSpan(m.EndIndex))))
                continue;
            if (m.Value is Crm.Data.Deals.DealStage.Won or Crm.Data.Deals.DealStage.Lost || StageCue().IsMatch(before))
                return true;
            // "Alex's Alpine booking deal: qualified, 14k": a stage said on its own, as a field's value, is where the deal is now.
            if (StandsAlone().IsMatch(before) && AloneAfter().IsMatch(segment.AsSpan(m.EndIndex)))
                return true;
            // "quote sent", "已报价", "报价发出去了": the phrase itself says the step was taken.
            if (StepTaken().IsMatch(segment.AsSpan(m.Start, m.Length)))
                return true;
            // "they're qualified now" is where the deal stands; "they are negotiating hard" is haggling.
            if (TheyAre().IsMatch(before) && !segment.AsSpan(m.Start, m.Length).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>"quote sent", "报价发过去了": a step of the deal said by the thing sent, which is also what a message sent was about.</summary>
    public static bool SaysAStepTaken(string segment) =>
        Vocabulary.DealStages(segment).Any(m => !m.Negated && StepTaken().IsMatch(segment.AsSpan(m.Start, m.Length)));

    [GeneratedRegex(@"(?:^|[:：,，;；])\s*(?:(?:now|stage)\s*[:：]?\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex StandsAlone();

    [GeneratedRegex(@"^\s*(?:now\s*)?(?:[,，.;；。!！]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex AloneAfter();

    /// <summary>A money-sized amount ("45k", "三十万", "$115,000"), not a count of stores or minutes.</summary>
    public static bool HasMoney(string segment) =>
        AmountReader.DealAmounts(segment).Any();

    [GeneratedRegex(@"\b((?:remind(?:er)?|ping|nudge|buzz)\s+(?:me|us)\b|set (?:a |up a )?reminder|put (?:in )?a reminder|(?:put|add) (?:(?:a |an )?(?:to-?do|task|reminder|item)|it|that|this) (?:on|to) my (?:to-?do )?list|to-?do\b|new task|add a task|create a task|task for me|don'?t (?:let me )?forget|^(?:please |and |also )?follow[- ]?up (?:with|on)|note to self|(?:^|\b(?:i|we)(?:'ll| will)?\s+)(?:need|have|got) to (?:follow[- ]?up|get back to|circle back|check in|call|ring|phone|e-?mail|send|schedule|set up|prepare|book)\b)|提醒我|提醒一下|(?:设|建|加|定|订|弄|记|添加|新建|创建)(?:个|一个)?提醒|记得|别忘了|待办|^todo|(?:记|建|加|设)(?:个|一个)?(?:todo|to-do)|要跟进|跟进一下", RegexOptions.IgnoreCase)]
    private static partial Regex TaskCue();

    // "那帮我记个提醒": "那" opening a request asks for nothing of its own.
    [GeneratedRegex(@"^(?:(?:please|pls|can you|could you|ok(?:ay)?|嗯|那个|那就|那|帮我|帮忙|麻烦|请)\s*)*(?:(?:add|create|set(?: up)?|make|put in)\s+(?:a\s+|me a\s+)?(?:new\s+)?(?:to-?do|task|reminder)(?:\s+for me)?|new (?:task|to-?do|reminder)|note to self|remind me(?:\s+(?:please|pls|plz|thanks|thx|about (?:it|that|this)|of (?:it|that|this)))*|(?:设|建|加|定|订|弄|添加|新建|创建|记)(?:个|一个)?(?:提醒|待办|任务|todo|to-do)|提醒我一下|提醒我)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BareTaskRequest();

    [GeneratedRegex(TicketWords.IdPattern)]
    private static partial Regex TicketId();

    [GeneratedRegex(@"\b(?:open|create|raise|log|file|submit|new|add)\s+(?:a\s+|an\s+|the\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:ticket|case|issue|incident)\b(?!\s+(?:up\s+)?to\s+(?:urgent|high|normal|low|medium)\b)|(?:报(?!表|告|价|销)|开|建|提|创建|新建)[个一张]{0,2}(?:(?!那个|这个|那张|这张)[^，,。；;]){0,6}?工单|报(?:个|一个)(?:问题|故障|bug)"
        // "Victor at Woodgrove flagged that the MFA prompt loops forever - urgent ticket please": a ticket asked for in passing, after the problem.
        + @"|(?:^|[-–—,.;:!]\s*|\b(?:and|so|but)\s+)(?:an?\s+)?(?:new\s+)?(?:(?:urgent|critical|high|normal|medium|low)(?:[\s-]+priority)?\s+)?(?:support\s+)?(?:ticket|case)\s+(?:please|pls|plz)\b"
        // "ticket for Coho Winery: the signup form errors on mobile": a ticket for a customer, with no change asked, is a new one,
        // and so is one with its priority in front ("urgent ticket for Woodgrove: …", "high priority case for …").
        + @"|^(?:(?:so|ok(?:ay)?|pls|please)[\s,]+)*(?:an?\s+)?(?:new\s+)?(?:(?:urgent|critical|high|normal|medium|low)(?:[\s-]+priority)?\s+)?(?:new\s+)?(?:support\s+)?(?:ticket|case)\s+for\s+(?!.*\b(?:bump|raise|lower|drop|close|resolve|escalate|set|mark|change|update|move|assign|reassign)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex TicketCreate();

    /// <summary>"please add him", "帮我加到联系人里": the person the message told of, to be added as a contact.</summary>
    public static bool IsAddThemRequest(string segment) => AddThem().IsMatch(segment);

    /// <summary>
    /// "帮我加上", "帮忙加一下": asks to add, naming nothing. Only after someone's number or address was told is it the
    /// person told of (<see cref="ClauseSplitter"/> decides); alone it may be anything to add.
    /// </summary>
    public static bool IsBareAddRequest(string segment) => BareAdd().IsMatch(segment);

    // "…手机 139… 加一下", dictated: the request may come without 帮我.
    [GeneratedRegex(@"^(?:请|麻烦)?(?:帮我|帮忙)?(?:把(?:他|她|他们|她们))?(?:加上|加一下|加进去|存一下)(?:吧)?$")]
    private static partial Regex BareAdd();

    [GeneratedRegex(@"^(?:(?:please|pls|and|also|so)\s+)*add\s+(?:him|her|them)(?:\s+(?:as\s+a\s+(?:new\s+)?contact|to\s+(?:the\s+)?contacts|in\s+the\s+crm|too|as\s+well|please))*\s*$|^(?:请|麻烦)?(?:帮我|帮忙)?(?:把(?:他|她|他们|她们|这个人|这位))?(?:加到|加进|加入|添加到|存到|录到|录入)(?:联系人|通讯录)(?:里|里面|中)?(?:吧)?$|^(?:请|麻烦)?(?:帮我|帮忙)?(?:把(?:他|她|他们|她们))?(?:加为|加成|存为|录为)(?:新)?联系人(?:吧)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AddThem();

    // "their new CIO is Derek Hale", "Humongous has a new CIO": a person new at the customer, with their role.
    [GeneratedRegex(@"\b(?:their|our|the)\s+new\s+[\w&/ -]{2,40}?\s+is\s+(?-i:\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2})\b|\b(?:has|hired|got|brought on)\s+a\s+new\s+(?=[\w ]{0,30}\b(?:ceo|cfo|cto|coo|cio|ciso|vp|director|manager|head|lead|buyer|engineer|admin|administrator|coordinator|president|chief|officer|procurement|purchasing)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NewPerson();

    // "加一下他们的采购", not "参加他们的评审会" or "增加他们的预算"; "孙总那边新加了个联系人 叫钱立": a contact told as added is one to add.
    [GeneratedRegex(@"\b(?:add|create|new)\b.{0,20}\bcontact\b|(?:加|添加|新增|新建|录入)了?(?:个|一个)?(?:新)?联系人|(?:(?<![参增追])加|添加|新增|录入)(?:个|一个|一下)?(?:他们|她们|对方|客户)(?:的|那边的)|新来了?(?:一)?(?:个|位)|来了(?:一)?(?:个|位)新|^(?:please\s+)?add\s+(?:\S+\s+){0,3}?(?:their|our|the|\S+'s)\s+new\s+\w+", RegexOptions.IgnoreCase)]
    private static partial Regex ContactCreate();

    /// <summary>
    /// "Add Anita Shah", "add Priyanka Rao to Adventure Works": add and a capitalised full name; "add his assistant Maya
    /// Lopez", "add their QA lead too": add and someone's role (not "add her number").
    /// </summary>
    [GeneratedRegex(@"^(?i:(?:please|pls|also|and)\s+)*(?i:add)\s+(?:\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}\s*(?:$|(?i:to|at|for|as)\s)|(?i:his|her|their|our)\s+(?!(?i:new\s+)?(?:deal|opportunit|ticket|task|note|number|phone|mobile|cell|email|e-mail|address|po\b|order))\p{L})")]
    private static partial Regex AddPerson();

    /// <summary>
    /// A contact's number, e-mail or title changed ("Jane's new mobile is…", "王总换了手机", "she's CIO now"). English and
    /// Chinese are two patterns: in one alternation every branch is tried at every position of every message, which
    /// made it the slowest pattern of all (`bench patterns`; DEVELOPERS.md, "Profiling the message path").
    /// </summary>
    private static bool SaysContactUpdate(string segment) => EnglishContactUpdate().IsMatch(segment) || ChineseContactUpdate().IsMatch(segment);

    [GeneratedRegex(@"\b(?:new|mobile|cell|phone|office|direct)\s+(?:number|phone|email|e-mail)\b|\b(?:has|got) (?:a )?new (?:mobile|cell|phone|number|e-?mail)\b|\bnew (?:mobile|cell|phone)\s*(?::|is\b|-)?\s*[+(]?\d|\bnew e-?mail(?: address)?\s*(?::|is\b|-)?\s*\S+@|\b(?:direct|phone|mobile|cell|office|desk)\s?line\b|\bnumber is\b|(?<!\b(?:log|logged|record|recorded|send|sent|had|made|make|write|wrote)\s+(?:an?\s+|the\s+|my\s+)?)\b(?:email|e-mail|phone|mobile|cell|number|title|job title)\b.{0,30}\b(?:to|is now|is|should be)\b|\bis now (?:the |our |their |a |an )?\b(?!in\b|at\b|with\b)|\b(?:promoted to\b|(?:he|she)(?:'s| is) now\b|(?:he|she)'s (?:the |our |their |a |an )?(?=[\w ]{0,30}\b(?:ceo|cfo|cto|coo|cio|ciso|vp|svp|evp|director|manager|head|lead|president|chief|officer)\b)(?=.*\bnow\b))"
        // "log an email to Jane re: …", "sent an email to Jane about …": an e-mail sent is an activity, not a new address.
        // "Jane Doe at Acme is CIO now": someone is a title now, said with the title first and "now" last.
        + @"|\bis (?:the |our |their |a |an )?(?=[\w ]{0,30}\b(?:ceo|cfo|cto|coo|cio|ciso|cmo|vp|svp|evp|director|manager|head|lead|president|chief|officer)\b)[\w &/-]{2,40}?\s+now\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishContactUpdate();

    // "她换号了 新的是13905710099": a person said to have changed number (换号) is a new phone, as 换了手机 is.
    [GeneratedRegex(@"(?:换|改)了?(?:个)?(?:新)?(?:手机|电话|号码|手机号|邮箱)|(?:他|她)(?:换|改)了?(?:个)?号|(?:手机|电话|号码|手机号|邮箱)(?:号)?(?:也|又)?(?:换了|改了|变了|改一下|改下|更新(?:一下)?)|升(?:职)?了[，,]?\s*(?:现在|目前)?是|(?:总|工|经理|主任|总监|主管|老师|校长|院长|店长|部长|处长|科长)升(?:职)?了\s*$|升职了\s*$|(?:手机|电话|号码|手机号|邮箱|职位|职务)(?:号)?(?:改成|改为|换成|变成|更新为|更新成)|(?:手机|电话|号码|手机号|邮箱)(?:号码?)?(?:是|为)\s*(?:[\w.+-]+@[\w.-]+|\+?\d[\d\s-]{5,})|新号码|新手机|新邮箱|升(?:任|职为|为)|" + JobTitles.BarePromotion, RegexOptions.IgnoreCase)]
    private static partial Regex ChineseContactUpdate();

    [GeneratedRegex(@"\b(?:create|add|open|set up|spin up|start|log|enter)\b (?:a |an )?(?:new )?(?:deal|opportunity|oppty|opp)\b|\bnew (?:deal|opportunity|oppty|opp)\b|(?:建|新建|创建|加|添加|录|开)(?:个|一个)?新?(?:商机|单子)|新商机", RegexOptions.IgnoreCase)]
    private static partial Regex DealCreate();

    [GeneratedRegex(@"\b(?:wants?|wanted|hop(?:e|es|ing)|expect(?:s|ed|ing)?|plan(?:s|ned|ning)?|aim(?:s|ing)?|going to|gonna|will|would|should|could|might|to get|get it|trying to|before|once|if|when|until)\b[^.,;]{0,40}$|(?:想|希望|争取|打算|计划|准备|预计|有望|应该|可能|能|会|要)[^，,。；;]{0,10}$", RegexOptions.IgnoreCase)]
    private static partial Regex HopedFor();

    [GeneratedRegex(@"(?:下(?:个)?(?:月|周|季度)|月底|月末|季度末|年底|年末|明年|明天|后天|下周\S?|\d{1,2}月(?:\d{1,2}[号日])?|[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}[号日])?)(?:底|末|初|中旬|份)?(?:前|之前|左右)?\s*$")]
    private static partial Regex WhenExpected();

    [GeneratedRegex(@"^\s*(?:by|before|next|this coming|tomorrow|later|soon|end of|in (?:a|two|three|\d+) (?:days?|weeks?|months?))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExpectedAfter();

    /// <summary>"成交日期", "close date": the stage word names a date, not a stage.</summary>
    [GeneratedRegex(@"^\s*(?:日期|时间|日|date|on\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NotAStage();

    [GeneratedRegex(@"\bnext step\b|下一步", RegexOptions.IgnoreCase)]
    private static partial Regex NextStep();

    // "just wrapped with Grace at Blue Yonder": a conversation just ended.
    [GeneratedRegex(@"\b(?:call(?:ed)?\s+(?:with|to)|called|phoned|rang|got off (?:a |the )?(?:call|phone)|(?:had|have|log(?:ged)?|did) (?:a |an |the )?(?:quick |short |good |long |great )?(?:call|meeting|visit|chat|conversation|demo|lunch|dinner|coffee)|meeting with|met|spoke|talked|chatted|visited|visit to|emailed|e-mailed|sent (?:an? )?e-?mail|log(?:ged)? (?:an? |the )?e-?mail|sent\b.{1,60}?\b(?:an? )?e-?mail|\b(?:by|via|over) e-?mail|add (?:a )?note|note on|note for|log (?:it|that|this)(?! (?:as|under) (?:a )?(?:ticket|task|deal))|on the phone|hung up|caught up|synced|sync(?:ed)? (?:up )?with|checked in with|touched base|sat down with|stopped by|dropped by|swung by|went to see|joined\b[^.,;]{0,30}?\b(?:visit|call|meeting|demo|lunch|dinner)|sat in on|just left|just got back from|(?:on my way|heading|driving) back from|heard (?:back )?from|got a call from|left (?:a )?voicemail|texted|messaged|pinged|wrote to|(?:phone|video|zoom|teams|intro|discovery|sales|follow-up|quick) call|lunch with|dinner with|coffee with|demoed|presented to|jumped on a call|got on a call|(?:gave|ran) (?:a |an |the )?(?:quick |short |live )?(?:demo|presentation|walkthrough)|(?:wrapped|finished|ended)(?: up)? (?:a |the |my )?(?:call|meeting|visit|demo)|wrapped(?: up)? with|finished up with)\b|^(?:call|meeting|visit|lunch|dinner|demo)\b|\b(?:demo|call|meeting|visit|lunch|dinner) with\b[^.;]{1,40}?\b(?:went|was|ran)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishActivityCue();

    // "今天中午请许总吃了个饭": a meal eaten is a meeting, whoever invited whom; "约王总吃饭", "想请他吃饭" are still to come.
    // "…预计月底签 今天电话说的": what was told, said to have come by phone, is a call.
    [GeneratedRegex(@"通了?(?:个)?电话|(?:通|打)完(?:了)?(?:个)?电话|加(?:条|个|一条)备注|打[了过]?(?:个|[半一两二三四五六七八九十\d]+(?:个)?(?:小时|分钟|分))?电话|回了?(?:个)?电话|来电|电话里|电话确认|电话沟通|电话(?:里)?(?:跟|和|与)[^，,。；;]{1,12}?(?:确认|沟通|聊|谈|说|对)(?:了|过)|电话回访|回访了|电话(?:里|上)?(?:说|讲|聊)的|接到.{0,20}?电话|做了?(?:个|一次|一场)?(?:线上|现场|产品)?(?:演示|demo)|演示了|拜访|见了|见面|碰了个?面|聊了聊|sync(?:了|过|一下)|(?<!(?:约|请|想|要|打算|准备|安排)[^，,。；;]{0,12})吃(?:个|顿|一顿)?(?:午|晚|早)?饭|吃了(?:个|顿|一顿)?(?:午|晚|早)?饭|吃(?:完|了)(?:个|顿)?(?:宵夜|夜宵|火锅|烧烤)|饭局|喝了?(?:杯)?咖啡|开了?(?:个)?会|开了(?:个|一个|场|一场|次|一次)?[^，,。；;]{1,6}?会(?![员计])|视频会|线上会|开完会|的会|会议|发了?(?:封|个)?邮件|来(?:了)?(?:一)?(?:封|个)?邮件|发来(?:了)?(?:一)?(?:封|个)?邮件|回了(?:一)?(?:封|个)?邮件|回邮件了|收到(?:了)?[^，,。；;]{0,10}?邮件|聊了|面谈|沟通了|记一下|记录一下|帮我记|记一笔|记(?:个|条|一条)备注|备注一?下|备个注|去了趟|跑了一?趟|去[^，,。；;]{1,15}?(?:现场|仓库|工厂|门店|车间|机房|工地)(?:看|转|走)了|去了[^，,。；;]{1,15}?(?:现场|仓库|工厂|门店|车间|机房|工地)|带(?:我们|我)(?:转|看|参观)了|参观了|(?:微信|语音|视频)(?:语音|通话|聊|沟通)|聊完|当面(?:聊|谈|沟通|把|签)|在\p{IsCJKUnifiedIdeographs}{1,10}?待了|刚从[^，,。；;]{1,12}?(?:出来|回来)|从[^，,。；;]{1,12}?回来的路上|" + GoneToSee + "|" + MetThere, RegexOptions.IgnoreCase)]
    private static partial Regex ChineseActivityCue();

    /// <summary>
    /// Where the segment first tells of a call, meeting, visit, e-mail or note. The cues are three patterns, not one: the
    /// English and the Chinese cues in one alternation took about five times as long as the two apart, and a cue with a run
    /// of any words inside ("sent Jane at Acme our pricing deck") made the whole alternation seven or eight times slower
    /// (16 against 130 µs a message), though alone it takes under a microsecond. `bench patterns` times each pattern.
    /// </summary>
    private static Match? ActivityTold(string segment)
    {
        Match? first = null;
        foreach (var cue in (ReadOnlySpan<Regex>)[EnglishActivityCue(), ChineseActivityCue(), ActivityToldAtLength()])
            if (cue.Match(segment) is { Success: true } told && (first is null || told.Index < first.Index))
                first = told;
        return first;
    }

    /// <summary>"sent Jane at Acme our pricing deck", "forwarded them the signed NDA": a thing sent to someone.</summary>
    public static bool SaysAThingSent(string segment) => ThingSentCue().IsMatch(segment);

    private const string ThingSent = @"\b(?:sent|forwarded)\s+(?:[\w.'-]+\s+){0,5}?(?:the|our|a|an|their|his|her|its)\s+(?:[\w-]+\s+){0,2}?" + SalesThings.Pattern + @"\b";

    [GeneratedRegex(ThingSent, RegexOptions.IgnoreCase)]
    private static partial Regex ThingSentCue();

    // "sent Jane at Acme our pricing deck"; "just came out of the meeting at Fabrikam": a conversation just ended.
    [GeneratedRegex(ThingSent + @"|\b(?:came|got|walked|stepped) out of (?:a |the |my |our |that )?(?:[\w-]+ )?(?:call|meeting|visit|demo|lunch|dinner|review|workshop)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ActivityToldAtLength();

    /// <summary>
    /// "去云帆见了王总", "去智远跟马校长把方案过了一遍": went to the customer and saw someone. The 了 tells a report from a plan
    /// ("明天去云帆见王总"); 去年, 过去 and 回去 are no going.
    /// </summary>
    public const string GoneToSee = @"(?<![过回出进上失除])(?<!(?<!一)下)去(?!年|掉|除|世|哪)了?(?:一?趟)?\p{IsCJKUnifiedIdeographs}{1,8}?(?:见|跟|找|和|参观)[^，,。]{0,24}?了";

    /// <summary>
    /// "今天上午在智远跟马校长把价格谈下来了": at the customer's, with someone, something done. Not "正在跟…", "现在跟…" (of
    /// now, not a place), nor "在微信上跟…" (no place one goes to).
    /// </summary>
    public const string MetThere = @"(?<![现正实存所好自还都不])在(?!微信|电话|线上|网上|视频|钉钉|飞书|会上|群里|邮件)\p{IsCJKUnifiedIdeographs}{1,10}?(?:跟|和|与)[^，,。；;]{1,24}?了";

    [GeneratedRegex(@"\b(?:amount|value|(?<!\b(?:account|contract|store|office|shop|branch|site|window|ticket|case)\s)(?:close date|closing|closes|close on)|slipped|slips|push(?:ed)?\s+(?:that|this)\s+(?:deal|one|opp|opportunity)\b|push(?:ed)? (?:the (?!(?:demo|meeting|call|workshop|visit|presentation|training|kick-?off|review|session|sync|go-?live|onboarding|rollout|launch)\b)|it |out)|(?:push(?:ed|es|ing)?|pull(?:ed|s|ing)?|mov(?:e|ed|es|ing)|bring(?:s|ing)?|brought)\s+(?:[\w-]+\s+){0,5}?close\b|push(?:ed)?\s+(?!(?:the\s+|our\s+)?(?:demo|meeting|call|workshop|visit|presentation|training|kick-?off|review|session|sync|go-?live|onboarding|rollout|launch|reminder|task)\b)(?:[\w-]+\s+){1,3}?out\s+(?:to|till|until|into)\b|lost reason|went with|chose)\b|金额\s*(?:要|得|需要|也|再)?\s*(?:往上|往下|向上|向下)?\s*(?:改|调|变|是|为|定|到|谈|涨|降|减|加|砍|更新|[:：]|\d|[一二两三四五六七八九十])|关单|成交日期|签约日期|签单日期|预计.{0,6}签|改到|推到|推迟|阶段\s*(?:要|得|需要|也|再)?\s*(?:改|调|变|更新)|(?:改|调|更新)(?:一下|下)?(?:它的|的)?阶段|\b(?:change|update|move|set) (?:the )?stage\b|(?:金额|价格|报价|总价).{0,6}折|\b(?:take|knock)\s+\d{1,2}(?:\.\d+)?\s?%\s*off\s+(?:the\s+)?(?:amount|price|deal|total)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DealFieldCue();

    [GeneratedRegex(@"\b(?:demo|meeting|call|workshop|visit|presentation|training|kick-?off|review|session|sync|go-?live|onboarding|rollout|launch|reminder|task|lunch|dinner)s?\b|演示|会议|开会|拜访|培训|上线|提醒|任务|待办", RegexOptions.IgnoreCase)]
    private static partial Regex ShiftedEvent();

    [GeneratedRegex(@"(?:\b(?:to|at|into|as|is|now|move[sd]?|moving|mark(?:ed)?|set|stage|in|back)\b\W*(?:\w+\W+){0,4}$)|\b(?:call|make)\s+it\s*$|(?:->|=>|→)\s*$|进入|推进|推到|到了|(?<![谈聊说提讲])到$|(?<!跟)进$|改成|改为|已经|阶段|改到|进到|转到|走到?$", RegexOptions.IgnoreCase)]
    private static partial Regex StageCue();

    [GeneratedRegex(@"\bnext stage\b|\b(?:move[sd]?|moving|push(?:ed)?|bump(?:ed)?)\s+(?:it|this|that|the deal|them)\s+(?:forward|up)\s+(?:a|one)\s+stage\b|下一(?:个)?阶段|往前推(?:一步|一个阶段)|推进一步", RegexOptions.IgnoreCase)]
    private static partial Regex NextStage();

    [GeneratedRegex(@"(?:金额|价格|价钱|预算)\s*(?:也)?\s*(?:不变|保持不变|维持不变|没变|照旧|还是原来的)|\b(?:the\s+)?(?:amount|price|value)\s+(?:stays|remains|is|unchanged)(?:\s+(?:the\s+same|unchanged|as\s+is))?(?=\s*(?:[,.;]|$))", RegexOptions.IgnoreCase)]
    private static partial Regex Unchanged();

    [GeneratedRegex(@"^(?:sent|quoted)\b|\bsent$|^已|^报过|发出去了$|发过去了$|已发$|^发了", RegexOptions.IgnoreCase)]
    private static partial Regex StepTaken();

    [GeneratedRegex(@"\b(?:they|it|we)(?:'re|'s|\s+are|\s+is)\s+(?:now\s+|officially\s+|already\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TheyAre();
}
