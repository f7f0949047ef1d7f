using Crm.Data.Accounts;
using Crm.Data.Activities;
using Crm.Data.Audit;
using Crm.Data.Deals;
using Crm.Data.Tasks;
using Crm.Data.Tickets;
using Crm.Skills.Results;

namespace Crm.Bot.Cards.Wording;

internal sealed class ChinesePhrases : Phrases
{
    public static readonly ChinesePhrases Instance = new();

    public override string Stage(DealStage stage) => stage switch
    {
        DealStage.Lead => "线索",
        DealStage.Qualified => "初步接触",
        DealStage.NeedsAnalysis => "需求挖掘",
        DealStage.Proposal => "方案报价",
        DealStage.Negotiation => "谈判签约",
        DealStage.Won => "赢单",
        _ => "丢单",
    };

    public override string Priority(TicketPriority priority) => priority switch
    {
        TicketPriority.Low => "低",
        TicketPriority.Normal => "普通",
        TicketPriority.High => "高",
        _ => "紧急",
    };

    public override string TicketStatus(TicketStatus status) => status switch
    {
        Data.Tickets.TicketStatus.New => "新建",
        Data.Tickets.TicketStatus.Open => "处理中",
        Data.Tickets.TicketStatus.Pending => "等待客户",
        Data.Tickets.TicketStatus.Resolved => "已解决",
        _ => "已关闭",
    };

    public override string TaskStatus(CrmTaskStatus status) => status == CrmTaskStatus.Open ? "待办" : "已完成";
    public override string AccountStatus(AccountStatus status) => status switch
    {
        Data.Accounts.AccountStatus.Prospect => "潜在客户",
        Data.Accounts.AccountStatus.Customer => "签约客户",
        _ => "已流失",
    };

    public override string ActivityType(ActivityType type) => type switch
    {
        Data.Activities.ActivityType.Call => "电话",
        Data.Activities.ActivityType.Meeting => "会议",
        Data.Activities.ActivityType.Visit => "拜访",
        Data.Activities.ActivityType.Email => "邮件",
        _ => "备注",
    };

    public override string ActivitySource(ActivitySource source) => source switch
    {
        Data.Activities.ActivitySource.Chat => "聊天",
        Data.Activities.ActivitySource.Voice => "语音",
        Data.Activities.ActivitySource.Transcript => "会议记录",
        Data.Activities.ActivitySource.Import => "导入",
        Data.Activities.ActivitySource.Email => "邮件",
        _ => "接口",
    };
    public override string YesNo(bool value) => value ? "是" : "否";

    public override string Flag(CustomerFlag flag) => flag switch
    {
        CustomerFlag.NoRecentContact => "超过14天未联系",
        CustomerFlag.ContractEndingSoon => "合同30天内到期",
        CustomerFlag.UrgentTicketOpen => "有未解决的紧急工单",
        _ => "有逾期未解决的工单",
    };

    public override string Refusal(RefusalReason reason) => reason switch
    {
        RefusalReason.NotPermitted => "抱歉，您没有权限做这项修改，未保存任何内容。",
        RefusalReason.InvalidValue => "抱歉，有数值无效，无法保存，未做任何修改。",
        RefusalReason.NotFound => "抱歉，没有找到相关记录，未做任何修改。",
        RefusalReason.UnknownUser => "抱歉，您还不是CRM用户，暂时无法操作，请联系管理员开通。",
        RefusalReason.NothingToUndo => "抱歉，本会话中没有可撤销的修改。",
        _ => "抱歉，该记录刚被他人修改，未保存，请重试。",
    };

    public override string Entity(string entity) => entity.ToLowerInvariant() switch
    {
        "deals" or "deal" => "商机",
        "accounts" or "account" => "客户",
        "contacts" or "contact" => "联系人",
        "activities" or "activity" => "活动",
        "tickets" or "ticket" => "工单",
        "tasks" or "task" => "任务",
        "ticketcomments" or "ticket_comments" or "comments" => "备注",
        "settings" or "setting" => "设置",
        "account_aliases" or "aliases" => "别名",
        _ => entity,
    };

    public override string Field(string field) => FieldKey.Normalize(field) switch
    {
        "stage" => "阶段",
        "amount" => "金额",
        "currency" => "币种",
        "closedate" => "预计成交日期",
        "nextstep" => "下一步",
        "nextstepdue" => "下一步截止",
        "lostreason" => "丢单原因",
        "name" => "名称",
        "title" => "标题",
        "description" => "描述",
        "priority" => "优先级",
        "status" => "状态",
        "category" => "类别",
        "assigneeid" or "assignee" => "处理人",
        "ownerid" or "owner" => "负责人",
        "type" => "类型",
        "occurredat" => "时间",
        "durationminutes" => "时长（分钟）",
        "subject" => "主题",
        "summary" => "摘要",
        "source" => "来源",
        "accountid" or "account" => "客户",
        "contactid" or "contact" => "联系人",
        "dealid" or "deal" => "商机",
        "userid" => "记录人",
        "dueat" => "截止",
        "email" => "邮箱",
        "phone" => "电话",
        "isprimary" => "主要联系人",
        "text" or "comment" => "备注",
        "resolvedat" => "解决时间",
        "contractend" => "合同到期",
        "alias" => "别名",
        "value" => "值",
        "ticketid" => "工单",
        "industry" => "行业",
        "city" => "城市",
        "country" => "国家",
        "tier" => "级别",
        "tags" => "标签",
        _ => field,
    };

    public override string Offer(string entity, ChangeKind kind) => (Entity(entity), kind) switch
    {
        ("活动", ChangeKind.Created) => "记录活动",
        ("备注", ChangeKind.Created) => "添加备注",
        (var noun, ChangeKind.Created) => "新建" + noun,
        (var noun, _) => "更新" + noun,
    };

    public override string Kind(ChangeKind kind) => kind switch
    {
        ChangeKind.Created => "已新建",
        ChangeKind.Updated => "已更新",
        _ => "已删除",
    };

    public override string Saved => "已保存";
    public override string ConfirmTitle => "请确认：尚未保存";
    public override string ConfirmQuestion => "要保存这些修改吗？";
    public override string ApplyButton => "确认保存";
    public override string CancelButton => "取消";
    public override string UndoButton => "撤销";
    public override string UndoTyped => "撤销";
    public override string ChangeNumber(long id) => $"变更 #{id}";
    public override string UndoHint => "撤销会还原这条消息的全部修改。";
    public override string Undone(long id) => $"已撤销变更 #{id}";
    public override string UndoneHint => "以下记录已恢复原状。";
    public override string LastChange(long id) => $"您最近的一次修改（#{id}）";
    public override string Cancelled => "已取消，未保存任何内容。";
    public override string ChooseButton => "确定";
    public override string PickOne => "请选择";
    public override string Empty => "（空）";
    public override string Colon => "：";
    public override string Aside(params string[] parts) => $"（{string.Join("，", parts)}）";
    public override string NothingFound => "没有找到相关记录。";
    public override string Of(int shown, int total) => $"显示 {shown} / 共 {total} 条。";

    public override string Owner => "负责人";
    public override string Status => "状态";
    public override string ContractEnd => "合同到期";
    public override string LastContact => "最近联系";
    public override string Never => "从未";
    public override string Contacts => "联系人";
    public override string JobTitle => "职位";
    public override string OpenDeals(int count) => $"进行中的商机（{count}）";
    public override string OpenTickets(int count) => $"未解决的工单（{count}）";
    public override string RecentActivities => "最近活动";
    public override string History(string account) => $"往来记录：{account}";
    public override string Ticket => "工单";

    public override string Deal => "商机";
    public override string Account => "客户";
    public override string StageHeader => "阶段";
    public override string Amount => "金额";
    public override string CloseDate => "预计成交";
    public override string Id => "编号";
    public override string Title => "标题";
    public override string PriorityHeader => "优先级";
    public override string Assignee => "处理人";
    public override string Task => "任务";
    public override string Due => "截止";
    public override string When => "时间";
    public override string What => "事项";
    public override string Details => "详情";
    public override string Found(string query, int count) => $"“{query}”的匹配结果：{count} 条";
    public override string Unassigned => "未分配";

    public override string Pipeline(string scope) => $"销售漏斗：{scope}";
    public override string? ScopePart(string key, string? value) => (key, value) switch
    {
        ("mine", _) => "我的",
        ("all", _) => "全公司",
        ("open", _) => "全部",
        ("unassigned", _) => "未分配",
        ("team", { } team) => $"{team}团队",
        ("owner", { } owner) => $"{owner}负责",
        ("account", { } account) => account,
        ("assignee", { } assignee) => $"{assignee}处理",
        ("priority", { } priority) => $"{priority}优先级",
        ("status", { } status) => status,
        ("customersof", { } owner) => $"{owner}的客户",
        ("opened", { } days) => $"{days.Replace("..", " 至 ", StringComparison.Ordinal)} 新建",
        ("worked", { } worker) => $"{worker}跟进的",
        _ => null,
    };
    public override string DealsTitle(string scope) => $"商机：{scope}";
    public override string CustomersTitle(string scope) => $"客户：{scope}";
    public override string TicketsTitle(string scope, bool openOnly = true) => openOnly ? $"未解决的工单：{scope}" : $"工单：{scope}";
    public override string TicketCount(int count) => $"{count} 个工单";
    public override string TasksTitle => "待办任务";
    public override string DealCount(int count) => $"{count} 个商机";
    public override string Total => "合计";
    public override string WeightedTotal => "加权合计";
    public override string WeightNote(int percent) => $"{percent}%";
    public override string Period(string? from, string? to) => (from, to) switch
    {
        (null, null) => "全部成交日期",
        (not null, null) => $"{from} 起成交",
        (null, not null) => $"{to} 前成交",
        _ => $"{from} 至 {to} 成交",
    };

    public override string HelpTitle => "我可以帮您做这些";
    public override IReadOnlyList<(string Topic, IReadOnlyList<string> Examples)> HelpSections { get; } =
    [
        ("记录电话、拜访和会议", ["刚和明远贸易的周经理通了电话，他们下周想看演示", "昨天拜访了启航医疗的孙总，聊了明年的预算"]),
        ("更新商机", ["把明远贸易的续约推进到谈判签约，金额四十五万", "启航医疗那个商机月底成交"]),
        ("任务和提醒", ["提醒我周五把合同发过去", "我的待办任务", "发合同的任务做完了"]),
        ("工单", ["给明远贸易报个紧急工单：系统登录失败", "T-123 改成等待客户"]),
        ("查询", ["明远贸易什么情况", "本季度我的漏斗", "我本月要成交的商机"]),
        ("改错", ["撤销", "不对，是会议"]),
    ];
    public override IReadOnlyList<Crm.Bot.Cards.SuggestedReply> StarterReplies { get; } =
        [new("我的漏斗", "本季度我的漏斗"), new("我的任务", "我的待办任务"), new("帮助", "帮助")];
    public override string Welcome(string name) => $"{name}，您好！";
    public override string WelcomeIntro => "告诉我发生了什么，我来更新CRM。比如：";
}
