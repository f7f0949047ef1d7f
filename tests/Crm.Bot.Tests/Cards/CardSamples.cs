using Crm.Data.Activities;
using Crm.Data.Audit;
using Crm.Data.Deals;
using Crm.Data.Tickets;
using Crm.Skills.Conversation;
using Crm.Skills.Results;

namespace Crm.Bot.Tests.Cards;

/// <summary>One realistic result of every kind the product renders, in English or Chinese data.</summary>
internal static class CardSamples
{
    public static IReadOnlyList<(string Name, SkillResult Result)> All(ReplyLanguage language)
    {
        var zh = language == ReplyLanguage.Chinese;
        var b = zh ? new CrmRecordBuilder("ACC-MY", "明远贸易有限公司", "CNY") : new CrmRecordBuilder("ACC-BB", "Bluebird Labs", "USD");
        var account = b.Account(contractEnd: new DateOnly(2026, 12, 10));
        var dealA = b.Deal(zh ? "ERP升级" : "ERP Rollout", DealStage.Proposal, zh ? 300_000m : 45_000m, new DateOnly(2026, 12, 31));
        var dealB = b.Deal(zh ? "运维服务续约" : "Support Renewal", DealStage.Negotiation, zh ? 128_000m : 12_500.50m);
        var urgent = b.Ticket("T-901", zh ? "系统登录失败" : "Login fails after upgrade", TicketPriority.Urgent);
        var normal = b.Ticket("T-902", zh ? "报表导出慢" : "Slow report export", TicketPriority.Normal, TicketStatus.Pending);
        var user = zh ? "李明" : "Alex Rivers";
        var contact = zh ? "周经理" : "Nora Vance";
        var call = b.Activity(ActivityType.Call, new DateTime(2026, 11, 17, 1, 30, 0, DateTimeKind.Utc), zh ? "确认了预算，下周评审方案" : "Budget confirmed, review next week", contact, user);
        var visit = b.Activity(ActivityType.Visit, new DateTime(2026, 11, 2, 6, 0, 0, DateTimeKind.Utc), zh ? "现场演示" : "On-site demo", null, user);
        var change = new RecordChange("deals", dealA.Id, dealA.Name, ChangeKind.Updated,
        [
            new FieldDelta("stage", "proposal", "negotiation"),
            new FieldDelta("amount", zh ? "300000" : "40000", zh ? "400000" : "45000", zh ? "CNY" : "USD"),
            new FieldDelta("closeDate", null, "2026-11-27"),
        ]);
        var created = new RecordChange("activities", "A-777", zh ? "电话" : "Call", ChangeKind.Created,
        [
            new FieldDelta("type", null, "call"), new FieldDelta("occurredAt", null, "2026-11-18T07:15:00Z"),
            new FieldDelta("summary", null, zh ? "对方希望下周看演示" : "They want a demo next week"),
        ]);
        string[] candidates = zh ? ["周经理（明远贸易）", "周工（启航医疗）", "周总（北方物流）", "周老师（南山学院）", "周助理（东港仓储）", "周主管（西城电子）"]
            : ["Nora Vance (Bluebird Labs)", "Nora Quinn (Oakline Dental)", "Nora Park (Harbor Co)", "Nora Bell (Pine Bank)", "Nora Diaz (Elm Works)", "Nora Fox (Birch Ltd)"];
        var next = b.Deal(dealA.Name, dealA.Stage, dealA.Amount, dealA.CloseDate);
        next.NextStep = zh ? "周四做方案汇报" : "Demo to the board";
        next.NextStepDue = new DateOnly(2026, 11, 26);
        var person = b.Contact(contact, zh ? "采购经理" : "CTO", primary: true);
        (person.Email, person.Phone) = zh ? ("zhou@mingyuan.example", "139 1234 5678") : ("nora@bluebird.example", "+1 415 555 0100");
        return
        [
            ("change", new ChangeResult(42, [change, created])),
            ("preview", new PreviewResult("p-7", [change])),
            ("undo", new UndoResult(42, [change with { Fields = [new FieldDelta("stage", "negotiation", "proposal")] }])),
            ("last-change", new LastChangeResult(42, zh ? "把ERP升级推进到谈判签约" : "move ERP to negotiation", new DateTime(2026, 11, 18, 7, 15, 0, DateTimeKind.Utc), [change])),
            ("cancelled", new CancelledResult("p-7")),
            ("refusal", new RefusalResult(RefusalReason.NotPermitted, zh ? "该商机的负责人是王芳。" : "That deal is owned by Sam Reed.")),
            ("clarify-buttons", new ClarificationResult(zh ? "您指的是哪位周经理？" : "Which Nora do you mean?", [.. candidates.Take(2).Select((c, i) => new Choice(c, $"C-{i + 1}"))])),
            ("clarify-picker", new ClarificationResult(zh ? "您指的是哪位？" : "Which one do you mean?", [.. candidates.Select((c, i) => new Choice(c, $"C-{i + 1}"))])),
            ("message", new MessageResult(zh ? "好的。" : "Okay.")),
            ("summary", new CustomerSummaryResult(account, user, [dealA, dealB], [urgent, normal],
                [b.Contact(contact, zh ? "采购经理" : "CTO", primary: true)], [call, visit], call.Activity.OccurredAt,
                [CustomerFlag.ContractEndingSoon, CustomerFlag.UrgentTicketOpen])),
            ("history", new HistoryResult(account, [new HistoryEntry(call.Activity.OccurredAt, call, null), new HistoryEntry(new DateTime(2026, 11, 10, 3, 0, 0, DateTimeKind.Utc), null, urgent), new HistoryEntry(visit.Activity.OccurredAt, visit, null)])),
            ("pipeline", Pipeline(zh)),
            ("deals", new DealListResult(zh ? "本月成交的商机" : "Deals closing this month", [new DealLine(dealA, account.Name, user), new DealLine(dealB, account.Name, user)])),
            ("deal", new DealListResult($"{dealA.Id} {dealA.Name}", [new DealLine(next, account.Name, user)])),
            ("contact", new ContactResult(person, account.Name)),
            ("tickets", new TicketListResult($"account:{account.Id};priority:urgent", [new TicketLine(urgent, account.Name, contact), new TicketLine(normal, account.Name, null)])),
            ("tasks", new TaskListResult("open:U-OWNER", [b.Task(zh ? "发送合同" : "Send the contract", new DateOnly(2026, 11, 20)), b.Task(zh ? "回访客户" : "Call back", null)])),
            ("team-tasks", new TaskListResult("open;team:West", [b.Task(zh ? "发送合同" : "Send the contract", new DateOnly(2026, 11, 20)), b.Task(zh ? "回访客户" : "Call back", null, owner: "U-OTHER")])
                { OwnerNames = new Dictionary<string, string> { ["U-OWNER"] = user, ["U-OTHER"] = zh ? "陈静" : "Quinn Harper" } }),
            ("find", new FindResult(zh ? "明远" : "blue", [new FoundRecord("accounts", account.Id, account.Name, account.City, 0.9), new FoundRecord("contacts", "C-1", contact, account.Name, 0.7) { MatchedName = zh ? "周总" : "Nora V." }])),
            ("find-empty", new FindResult("zzz", [])),
            ("help", new HelpResult()),
            ("welcome", new WelcomeResult(user)),
        ];
    }

    public static PipelineResult Pipeline(bool zh)
    {
        var cny = zh ? "CNY" : "USD";
        return new PipelineResult("team:West", new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31),
        [
            new PipelineStage(DealStage.Lead, 2, [new MoneyTotal(cny, 50_000m)], 0.1m),
            new PipelineStage(DealStage.Qualified, 0, [], 0.2m),
            new PipelineStage(DealStage.NeedsAnalysis, 1, [new MoneyTotal(cny, 120_000m)], 0.4m),
            new PipelineStage(DealStage.Proposal, 3, [new MoneyTotal(cny, 300_000m), new MoneyTotal("EUR", 20_000m)], 0.6m),
            new PipelineStage(DealStage.Negotiation, 1, [new MoneyTotal(cny, 98_000m)], 0.8m),
        ],
        [new MoneyTotal(cny, 568_000m), new MoneyTotal("EUR", 20_000m)],
        [new MoneyTotal(cny, 311_400m), new MoneyTotal("EUR", 12_000m)]);
    }
}
