using System.Text.RegularExpressions;
using Crm.Data.Users;
using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Plan;
using Crm.Skills.Understanding.Reading;
using Crm.Skills.Understanding.Resolution;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// Questions about the store: customer summary, history, pipeline (scope and period), deal lists,
/// ticket lists, the user's tasks. Returns null when the message is not a question of this kind.
/// </summary>
public static partial class ReadInterpreter
{
    public static ReadRequest? Interpret(string text, TurnContext ctx, bool asksToWrite)
    {
        if (WriteCue().IsMatch(text))
            return null;
        var period = PeriodOf(text, ctx);
        // "put a todo on my list: … before the forecast call" asks for a reminder, not the forecast.
        var reminder = IntentClassifier.HasTaskCue(text) && !TicketMentions.IsQuestion(text);
        // "我有哪些客户两周以上没联系了", "which of my accounts have contracts ending this year": customers, not deals.
        if (!reminder && CustomerListAsked.Read(text, ctx) is { } customers)
            return customers;
        var filter = DealFilters.Read(text, ctx);
        var outcome = DealFilters.OutcomeAsked(text);
        if (Pipeline().IsMatch(text) && !reminder)
        {
            // "李伟和陈静谁的漏斗大 各多少", "小李和小陈这个月各要签多少": two colleagues named are compared, each one's pipeline shown.
            if (UserResolver.FullNames(ctx.Index, text).Concat(UserResolver.FamiliarNames(ctx.Index, text, ctx.User.Team)).Distinct().ToList() is { Count: > 1 } colleagues)
                return new PipelinesRead([.. colleagues.Select(id => new PipelineRead(id == ctx.User.Id ? DealsOf.Mine : new DealsOf(PipelineScope.Colleague, OwnerId: id), period))]);
            var whose = Named(text, ctx) ?? new DealsOf(ScopeOf(text, ctx.User));
            // "how much of my pipeline has gone cold? nothing logged in the last 2 weeks", "biggest deal in my pipeline": the deals themselves.
            // "华东团队下个月要成交的单子有哪些，合计多少", "which deals make up my pipeline": the deals named, with their total.
            if (filter.Narrows || filter.Order != Deals.DealOrder.CloseDate || outcome is not null || WhichDeals().IsMatch(text))
                return DealsAsked(whose, period, outcome, text, filter);
            return new PipelineRead(whose, period) { ByOwner = ByOwner().IsMatch(text) };
        }
        if ((DealList().IsMatch(text) || AsksForDeals(text, filter, outcome, ctx)) && !reminder)
        {
            var whose = Named(text, ctx);
            // "星河电子现在有哪些在跟的单子": one customer's open deals are in its summary, with stage and amount.
            if (whose is null && period is null && !DealFilters.SaysAny(filter) && outcome is null && !TeamWord().IsMatch(text)
                && AccountResolver.Resolve(ctx.Index, text) is { IsUnique: true } customer)
                return new CustomerSummaryRead(customer.Id!);
            return DealsAsked(whose ?? (TeamWord().IsMatch(text) ? new DealsOf(PipelineScope.Team) : WeWord().IsMatch(text) && !MyWord().IsMatch(text) ? new DealsOf(ScopeOf(text, ctx.User)) : DealsOf.Mine),
                period, outcome, text, filter);
        }
        if (TicketListQuestion.IsAsked(text) && !reminder)
            return TicketListQuestion.Read(text, ctx);
        if (Tasks().IsMatch(text) || ToDosLeftAsked.IsAsked(text))
        {
            var about = AccountResolver.Resolve(ctx.Index, text);
            // "due this week", "今天还有什么任务": due by the end of the window or day said.
            var dueBy = period?.To ?? DateReader.FindAll(text, ctx.Dates(DateDirection.Future)).Select(d => (DateOnly?)(d.End ?? d.Date)).FirstOrDefault();
            // "any overdue tasks?", "what tasks am I behind on", "有哪些过期的待办": due before today.
            if (Overdue().IsMatch(text))
                dueBy = ctx.Today.AddDays(-1);
            // "陈静还有哪些待办没完成", "what's on Priya's plate?": a colleague's tasks (everyone may read everything);
            // "what open tasks does my team have", "华东团队有哪些过期的待办": a team's.
            var whose = Colleague(text, ctx) is { } colleague ? new DealsOf(PipelineScope.Colleague, OwnerId: colleague)
                : UserResolver.Team(ctx.Index, text) is { } team && team != ctx.User.Team ? new DealsOf(PipelineScope.NamedTeam, Team: team)
                : TeamWord().IsMatch(text) ? new DealsOf(PipelineScope.Team) : DealsOf.Mine;
            return new TaskListRead(whose, OpenOnly: true, dueBy, about.IsUnique ? about.Id : null);
        }
        // "恒通周总的邮箱是多少", "what's Dev Malik's number?", "恒通那边管财务的是谁": one contact.
        if (ContactQuestion.Read(text, ctx) is { } contact)
            return contact;
        // "what's the next step on the Globex renewal?", "MES那个单子下一步是啥来着": one deal's figures, not a change to them.
        if (DealQuestion.Read(text, ctx) is { } deal)
            return deal;
        // "show me T-501", "is T-501 resolved?", "T-603 什么情况": a question about one ticket by id, not a change to it.
        // "云帆科技赵经理来电问T-601的进度…": a call about the ticket is told, to be logged, whatever it asked.
        if (IntentClassifier.TicketIds(text).Distinct().ToList() is [var ticketId] && TicketMentions.IsQuestion(text) && !TicketChange().IsMatch(text)
            && !IntentClassifier.ReportsActivityBeforeTicket(text))
            return new TicketRead(ticketId);
        if (asksToWrite)
            return null;
        if (TicketMentions.IsReference(text) && TicketMentions.IsQuestion(text))
            return AccountsTickets(text, ctx) ?? new TicketRead(OneTicket(text, ctx));
        var isHistory = History().IsMatch(text);
        if (!isHistory && !Summary().IsMatch(text))
            return null;
        var named = AccountResolver.Resolve(ctx.Index, text);
        ctx.Explain.Reference("account", named);
        if (named.IsAmbiguous)
            throw new NeedsAnswerException(SlotKind.Account, named.Candidates, named.How);
        if (named.Id is null)
            return null;
        return isHistory ? new HistoryRead(named.Id) : new CustomerSummaryRead(named.Id);
    }

    /// <summary>
    /// A deal list: open deals at the stage asked, or the deals won or lost; "next steps due this week" is the next step's
    /// window, not the close date's.
    /// </summary>
    private static DealListRead DealsAsked(DealsOf whose, Period? period, Crm.Data.Deals.DealStage? outcome, string text, DealFilter filter) =>
        new(whose, filter.NextStepDue is null ? period : null, OpenOnly: outcome is null, outcome ?? StageAsked(text)) { Filter = filter };

    /// <summary>
    /// "any deals over 100k on my team?", "top 3 deals for west by amount", "list my qualified deals", "Alex's deals in
    /// negotiation", "我在方案报价阶段的单子", "what have I got sitting in negotiation": deals asked for by what narrows them,
    /// not a change to one. A bare stage beside a customer's name without a question is a terse change ("Globex deal in
    /// negotiation now"), so that needs a question or a list word.
    /// </summary>
    private static bool AsksForDeals(string text, DealFilter filter, Crm.Data.Deals.DealStage? outcome, TurnContext ctx)
    {
        if (ChangeVerb().IsMatch(text))
            return false;
        // "what did we win this month": deals won or lost are asked for without the word "deal".
        if (outcome is not null && AskedOrListed().IsMatch(text))
            return true;
        if (!DealWord().IsMatch(text))
            return false;
        if (!DealFilters.SaysAny(filter) && outcome is null && StageAsked(text) is null)
            return false;
        return AskedOrListed().IsMatch(text) || !AccountResolver.Resolve(ctx.Index, text).IsUnique;
    }

    [GeneratedRegex(@"\b(?:deals?|opportunit(?:y|ies)|opps?|pipeline)\b|\b(?:got|have|has)\s+(?:\w+\s+)?(?:sitting|stuck|parked)\s+(?:in|at)\b|单子|商机|漏斗|(?:哪些|几个|几)单", RegexOptions.IgnoreCase)]
    private static partial Regex DealWord();

    // Changes, not questions: "move the biggest deal to negotiation", "把金额最大的那个推到谈判".
    [GeneratedRegex(@"\b(?:move|moving|moved|push|pushed|bump|bumped|mark|set|update|change|drop|raise|lower|cut|make|put|advance|log|add|create|assign|reassign)\b|推到|推进到|改到|改成|改为|调到|调成|标记|设为|设成|挪到|移到|记一下|记录", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeVerb();

    [GeneratedRegex(@"^\W*(?:(?:uh|um|so|and|ok(?:ay)?|hey|also|now)\W+)*(?:which|what|any|show|list|give|how|who|pull|get|top|smallest|biggest|largest|all)\b|[?？]\s*$|哪些|哪个|多少|几个|几单|列一下|列出|看看|看一下|只看|^我(?:在|的)", RegexOptions.IgnoreCase)]
    private static partial Regex AskedOrListed();

    // "what did we win this month", "which deals have we lost": the deals of the asker's usual scope, not only their own.
    [GeneratedRegex(@"\b(?:we|our|ours|us)\b|我们|咱们", RegexOptions.IgnoreCase)]
    private static partial Regex WeWord();

    // "break down the west pipeline by rep", "按人汇总": the pipeline with each owner's share.
    [GeneratedRegex(@"\bby (?:rep|owner|person|salesperson|seller|member|people|reps|owners)\b|\bper (?:rep|owner|person|head)\b|\b(?:each|every) (?:rep|owner|person)'?s?\b|按人|按负责人|按销售|每个人|各人|分人", RegexOptions.IgnoreCase)]
    private static partial Regex ByOwner();

    /// <summary>
    /// "智远教育的工单现在什么状态", "what's the status of Contoso's ticket?": an account's ticket asked after without
    /// describing it is its one open ticket, or the list of them when it has several.
    /// </summary>
    private static ReadRequest? AccountsTickets(string text, TurnContext ctx)
    {
        var account = AccountResolver.Resolve(ctx.Index, text);
        if (!account.IsUnique || !TicketResolver.Scored(ctx.Index, text, account.Id).Resolved.IsNone)
            return null;
        return TicketReferences.OpenTicketsOf(account.Id!, ctx) switch
        {
            [var one] => new TicketRead(one),
            [_, _, ..] => new TicketListRead(account.Id, null, OpenOnly: true),
            _ => null,
        };
    }

    /// <summary>The ticket a question describes, within the account it names if it names one.</summary>
    private static string OneTicket(string text, TurnContext ctx)
    {
        var account = AccountResolver.Resolve(ctx.Index, text);
        ctx.Explain.Reference("account", account);
        if (account.IsAmbiguous && ctx.Bindings.AccountId is null && ctx.Bindings.TicketId is null)
            throw new NeedsAnswerException(SlotKind.Account, account.Candidates, account.How);
        return TicketReferences.Resolve(text, account.Id ?? ctx.Bindings.AccountId, ctx);
    }

    /// <summary>"which deals are in negotiation?", "我有哪些单子在谈判阶段": the open stage a list is asked for.</summary>
    internal static Crm.Data.Deals.DealStage? StageAsked(string text) =>
        Vocabulary.DealStages(text).Where(m => !m.Negated && m.Value is not (Crm.Data.Deals.DealStage.Won or Crm.Data.Deals.DealStage.Lost))
            .Select(m => (Crm.Data.Deals.DealStage?)m.Value).FirstOrDefault();

    internal static Period? PeriodOf(string text, TurnContext ctx)
    {
        // A month or a week is a window too when a read filters by it: "closing in December", "下个月要签的".
        var dates = DateReader.FindAll(text, ctx.Dates(DateDirection.Future));
        // "closing in the next 3 weeks", "未来两周要签的": from today for that many days.
        if (Coming().Match(text) is { Success: true } coming && DayCounts.Days(coming.Groups["n"].Value, coming.Groups["u"].Value) is > 0 and var days)
            return new Period(ctx.Today, ctx.Today.AddDays(days), coming.Value.Trim());
        // "closing between dec 1 and dec 15", "12月1号到12月15号之间": the two days said, and those between.
        if (dates.Where(d => d.Kind is not (DateKind.Period or DateKind.Month or DateKind.Week)).Take(2).ToList() is [var first, var last]
            && first.Date <= last.Date && Between().IsMatch(text[first.EndIndex..last.Start]))
            return new Period(first.Date, last.Date, text[first.Start..last.EndIndex]);
        var period = dates.FirstOrDefault(d => d.Kind is DateKind.Period or DateKind.Month or DateKind.Week && d.End is not null);
        // "whole team pipeline, not just this quarter": the window said is the one not wanted.
        if (period.End is not null && NotJust().IsMatch(text[..period.Start]))
            return null;
        if (period.End is { } end)
            return new Period(period.Date, end, text.Substring(period.Start, period.Length));
        // "年底前要关的", "closing before Christmas", "by the end of the year": from today up to that day.
        foreach (var date in dates)
        {
            if (date.Date < ctx.Today)
                continue;
            if (Before().Match(text, date.EndIndex) is { Success: true } after)
                return new Period(ctx.Today, date.End ?? date.Date, text.Substring(date.Start, after.Index + after.Length - date.Start));
            var lead = Math.Max(0, date.Start - 8);
            if (By().Match(text[lead..date.Start]) is { Success: true } before)
                return new Period(ctx.Today, date.End ?? date.Date, text.Substring(lead + before.Index, date.EndIndex - lead - before.Index));
        }
        return null;
    }

    [GeneratedRegex(@"\b(?:next|coming|following)\s+(?<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few)\s*(?<u>days?|weeks?|months?)\b|(?:未来|接下来|今后|之后)的?(?<n>\d{1,3}|[一二两三四五六七八九十半]{1,3})\s*个?(?<u>天|周|星期|礼拜|月)", RegexOptions.IgnoreCase)]
    private static partial Regex Coming();

    [GeneratedRegex(@"^\s*(?:and|to|through|thru|until|till|-|–|~|到|至|和|与)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    [GeneratedRegex(@"(?:\bnot (?:just|only)|\bnot limited to|\bbeyond|不只|不光|不仅|不限于)\s*(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NotJust();

    [GeneratedRegex(@"\G\s*(?:前|之前|以前)")]
    private static partial Regex Before();

    [GeneratedRegex(@"\b(?:before|by|until|till)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex By();

    /// <summary>
    /// A colleague or a team the question is about ("Priya's pipeline", "what's Sam got closing", "陈静手上的漏斗",
    /// "the East team's deals", "华东团队的单子"); null when it names neither, or names the asker.
    /// </summary>
    internal static DealsOf? Named(string text, TurnContext ctx)
    {
        var owner = UserResolver.Owner(ctx.Index, text);
        // "帮我看看陈静本季度的pipeline", "陈静手上在跟的单子": a colleague's full name anywhere in the question.
        if (owner.IsNone)
            owner = UserResolver.FullName(ctx.Index, text);
        // "看看小李的漏斗", "小陈这季度的pipeline多少": a colleague called by a familiar name.
        if (owner.IsNone && UserResolver.Familiar(ctx.Index, text, ctx.User.Team) is { } familiar)
            owner = Resolved.One(familiar, "user's familiar name", 1, null);
        if (owner.IsUnique)
            return owner.Id == ctx.User.Id ? DealsOf.Mine : new DealsOf(PipelineScope.Colleague, OwnerId: owner.Id);
        if (UserResolver.Team(ctx.Index, text) is { } team)
            return team == ctx.User.Team ? new DealsOf(PipelineScope.Team) : new DealsOf(PipelineScope.NamedTeam, Team: team);
        return null;
    }

    /// <summary>A scope said in so many words ("the team", "everyone's", "mine"), or null.</summary>
    internal static PipelineScope? ScopeSaid(string text) =>
        TeamWord().IsMatch(text) ? PipelineScope.Team : AllWord().IsMatch(text) ? PipelineScope.All : MyWord().IsMatch(text) ? PipelineScope.Mine : null;

    internal static PipelineScope ScopeOf(string text, Index.IndexedUser user)
    {
        if (TeamWord().IsMatch(text))
            return PipelineScope.Team;
        if (AllWord().IsMatch(text))
            return PipelineScope.All;
        if (MyWord().IsMatch(text))
            return PipelineScope.Mine;
        return user.Role switch
        {
            UserRole.Manager => PipelineScope.Team,
            UserRole.Rep => PipelineScope.Mine,
            _ => PipelineScope.All,
        };
    }

    [GeneratedRegex(@"\bremind\b|提醒我|\b(?:open|create|raise)\s+a\b|\bupdate\b|\bset\b|\bchange\b|改成|改为|调整为|报个", RegexOptions.IgnoreCase)]
    private static partial Regex WriteCue();

    [GeneratedRegex(@"(?:单子|商机)(?:都)?有哪些|哪些(?:单子|商机)|\b(?:which|what)\s+(?:\w+\s+){0,2}deals\b|\blist\b(?:\s+\w+){0,3}?\s+deals\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhichDeals();

    [GeneratedRegex(@"\bpipeline\b|\bpipe\b|\bforecast\b|\bweighted (?:total|pipeline|value|amount)\b|漏斗|管道|pipeline|加权|(?:商机|单子).{0,12}(?:汇总|按阶段)|按阶段.{0,6}汇总|按阶段(?:列|看|分|统计)|(?:能|可以|会|要)(?:出|签|成交|关|拿下|落)(?:多少|几)|\bhow much (?:can|will|are|is|do|does)\b.{0,30}\b(?:close|closing|land|sign)\b|\bby stage\b|(?:单子|商机).{0,8}(?:合计|总共|一共|加起来|总额|总金额)(?:是)?(?:多少|几)", RegexOptions.IgnoreCase)]
    private static partial Regex Pipeline();

    // "anything of mine closing this month?", "how much does Sam have sitting in proposal?": a list, with its total.
    [GeneratedRegex(@"\bdeals\b.{0,30}\b(?:closing|close|due)\b|\b(?:which|what) (?:of (?:my|our|the) )?deals (?:are|is) (?:in|at)\b|\b(?:got|have|has)\s+(?:anything\s+)?closing\b|\bwhat(?:'s|s|\s+is|\s+are)\s+(?:\w+\s+){0,2}closing\b|\banything\s+(?:of\s+(?:mine|ours|\w+'s)\s+)?closing\b|\bwhat\s+(?:am|are|is)\s+\w+\s+closing\b|\bwhat(?:'s|s|\s+is|\s+does|\s+do)\s+\w+\s+(?:got|have|has)\s+in\s+(?:the\s+)?(?:lead|qualified|qualification|needs analysis|discovery|proposal|negotiation)\b|\bhow\s+much\s+(?:does|do|has|have|is|are)\s+\w+(?:\s+\w+){0,2}?\s+in\s+(?:the\s+)?(?:lead|qualified|qualification|needs analysis|discovery|proposal|negotiation)\b|\b(?:my|\w+'s)\s+(?:open\s+)?deals\b|\b(?:which|what)\s+(?:\w+\s+){0,2}deals\b(?!\s+(?:to|should)\b)|(?:要|准备|将要|快)?关单的|(?:要|准备|将要|快|能)(?:关|签|成交)的(?:单子|商机)|要签的|我的(?:单子|商机)(?:有哪些|列表)?|(?:单子|商机)有哪些|(?:有)?哪些(?:单子|商机)|(?:名下|手上|手里)(?:还)?(?:在跟(?:进)?|跟着)?的?(?:单子|商机)|在跟(?:进)?的(?:单子|商机)|列(?:一下|出来?|个)我?.{0,10}?(?:单子|商机)", RegexOptions.IgnoreCase)]
    private static partial Regex DealList();

    /// <summary>A verb that changes a ticket anywhere in the message ("can you close T-501?"), which makes it a request, not a question.</summary>
    internal static bool ChangesATicket(string text) => TicketChange().IsMatch(text);

    [GeneratedRegex(@"\b(?:close|resolve|reopen|re-open|mark|set|assign|reassign|escalate|change|update|move|add|put)\b|改成|改为|设为|设成|调成|调到|关闭|关掉|分给|指派|转给|交给|备注|加个", RegexOptions.IgnoreCase)]
    private static partial Regex TicketChange();

    /// <summary>The one CRM user other than the asker a question names, by full or first name.</summary>
    private static string? Colleague(string text, TurnContext ctx) =>
        UserResolver.Named(ctx.Index, text) is { } named && named != ctx.User.Id ? named : null;

    [GeneratedRegex(@"\boverdue\b|\blate\b|\bpast due\b|\bbehind (?:on|with)\b|过期|逾期|超期|到期没(?:做|完成)", RegexOptions.IgnoreCase)]
    private static partial Regex Overdue();

    [GeneratedRegex(@"\b(?:what'?s|what is|anything|what do i have) on (?:my|\w+'s|his|her) (?:to-?do list|task list|list|plate)\b|\bmy (?:to-?do|task) list\b|\b(?:any|my|which|what|show(?: me)?(?: my)?) (?:overdue|late|outstanding|pending|past due) (?:tasks|to-?dos|reminders)\b|\b\w+'s (?:open )?(?:tasks|to-?dos)\b|(?:还)?有(?:哪些|什么|几个|几件|多少)(?:过期的|逾期的|没完成的|未完成的)?(?:任务|待办)(?:没(?:完成|做完|做|办)|未完成|要做)?[？?]?$|\bmy (?:open )?(?:tasks|to-?dos|reminders)\b|\bwhat do i have (?:to do|due)\b|\b(?:what|which|any) (?:open )?(?:tasks|to-?dos|reminders) (?:do i|have i|am i|are (?:due|open|left)|does (?:[\w']+ ){1,3}have)\b|\b(?:show|list|give)(?: me)? (?:all )?(?:my |the )?(?:open )?(?:tasks|to-?dos|reminders)\b|\b(?:tasks|to-?dos|reminders) (?:do i have|i have|i've got)\b|我的(?:任务|待办)|^我?(?:今天|明天|这周|本周|这个星期|下周)的(?:任务|待办)(?:清单|列表)?(?:有哪些|是什么|呢)?[？?]?$|^我?(?:今天|明天|这周|本周|下周)?(?:还)?有(?:什么|啥|哪些)(?:事|事情)?(?:要|该|得)(?:做|办|跟进|忙)(?:的)?(?:吗|呢)?[？?]?$|^我?(?:今天|明天|这周|本周|下周)(?:要|该|得)(?:做|干|忙)(?:点)?(?:啥|什么|哪些)(?:事)?(?:来着)?[？?]?$|\bwhat do i have (?:on |due )?(?:for )?(?:today|tomorrow|this week|next week)\b|^(?:is\s+)?(?:anything|what(?:'s|s| is)?)\s+(?:due|left to do)\s+(?:today|tomorrow|this week|next week)\b|我[^，,。？?]{0,8}?有(?:哪些|什么|几个|几件|多少)(?:任务|待办|提醒|事)|(?:待办|任务)(?:有哪些|清单|列表)", RegexOptions.IgnoreCase)]
    private static partial Regex Tasks();

    [GeneratedRegex(@"\bhistory\b|\btimeline\b|历史|往来记录|来往记录|沟通记录", RegexOptions.IgnoreCase)]
    private static partial Regex History();

    [GeneratedRegex(@"\btell me about\b|\bwhat'?s (?:going on|up|new|happening) (?:with|at)\b|\bhow is\b.*\bdoing\b|\bsummary\b|\boverview\b|\bstatus of\b|\bbrief me\b|\bcatch me up\b|\bupdate on\b|\binfo on\b|\bshow me\b|\bhow are things\b|\bwhat'?s the latest\b|\bany news\b|\bwhere are we with\b|\bwhere do we stand\b|\bpull up\b|\blook up\b|\bstatus (?:on|for)\b|\bhow'?s\b.*\bgoing\b|最新情况|进展|进度|什么情况|怎么样|情况如何|概况|介绍一下|看看|看一下|最近如何|\?$|？$", RegexOptions.IgnoreCase)]
    private static partial Regex Summary();

    [GeneratedRegex(@"\bteam\b|团队|全组|我们组|组里", RegexOptions.IgnoreCase)]
    private static partial Regex TeamWord();

    [GeneratedRegex(@"\b(?:all|company|everyone|whole|entire|org)\b|全公司|公司的|所有人", RegexOptions.IgnoreCase)]
    private static partial Regex AllWord();

    [GeneratedRegex(@"\bmy\b|\bmine\b|我的|我本|我这", RegexOptions.IgnoreCase)]
    private static partial Regex MyWord();
}
