using Crm.Data.Accounts;
using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Data.Exchange;
using Crm.Data.Tasks;
using Crm.Data.Tickets;

namespace Crm.Data.Demo;

/// <summary>
/// A small invented company to try the bot with: English and Chinese customers, deals in every stage,
/// recent activities, open tickets and tasks. Dates are relative to "today" so the pipeline looks current.
/// </summary>
public static class DemoDataset
{
    private static readonly (string Id, string Name, string[] Aliases, string Industry, string City, string Country, string Owner, string Currency, string[] Contacts)[] Companies =
    [
        ("ACC-BLUESTONE", "Bluestone Logistics", ["Bluestone"], "Logistics", "Chicago", "US", "U-JORDAN", "USD", ["Hannah Cole|COO|hannah.cole@bluestone.example|+1 312 555 0147", "Victor Lane|IT Director|victor.lane@bluestone.example|(312) 555-0188"]),
        ("ACC-HARBORVIEW", "Harborview Dental Group", ["Harborview", "HDG"], "Healthcare", "Boston", "US", "U-MAYA", "USD", ["Erin Walsh|Practice Manager|erin.walsh@harborview.example|+1 617 555 0123"]),
        ("ACC-PINECREST", "Pinecrest Foods", ["Pinecrest"], "Food & Beverage", "Milwaukee", "US", "U-JORDAN", "USD", ["Luis Ortega|Head of Procurement|luis.ortega@pinecrest.example|+1 414 555 0190"]),
        ("ACC-REDWOOD", "Redwood Analytics", ["Redwood"], "Software", "Austin", "US", "U-MAYA", "USD", ["Priyanka Rao|CTO|priyanka@redwood.example|+1 512 555 0111", "Ben Turner|Finance Lead|ben.turner@redwood.example|+1 512 555 0112"]),
        ("ACC-XINGHE", "星河物流有限公司", ["星河物流", "星河"], "物流", "天津", "CN", "U-ZHAOLEI", "CNY", ["刘洋|采购经理|liu.yang@xinghe.example|13912345678", "周婷|财务总监|zhou.ting@xinghe.example|022-58881234"]),
        ("ACC-JINQIAO", "金桥医疗器械有限公司", ["金桥医疗", "金桥"], "医疗器械", "北京", "CN", "U-SUNLI", "CNY", ["吴刚|信息部主任|wu.gang@jinqiao.example|+86 138 0011 2233"]),
        ("ACC-QINGHE", "青禾食品有限公司", ["青禾食品", "青禾"], "食品", "石家庄", "CN", "U-ZHAOLEI", "CNY", ["郑敏|运营总监|zheng.min@qinghe.example|15830001111"]),
        ("ACC-YUANJING", "远景智能科技有限公司", ["远景智能"], "软件", "北京", "CN", "U-SUNLI", "CNY", ["何佳|技术副总裁|he.jia@yuanjing.example|010-62345678", "高峰|项目经理|gao.feng@yuanjing.example|13698765432"]),
    ];

    public static ExchangeDocument Create(TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var accounts = Companies.Select((c, i) => new ExchangeAccount
        {
            Id = c.Id, Name = c.Name, Aliases = c.Aliases, Industry = c.Industry, City = c.City, Country = c.Country,
            Tier = i % 3 == 0 ? "A" : "B", Status = i % 4 == 3 ? AccountStatus.Prospect : AccountStatus.Customer,
            OwnerId = c.Owner, Currency = c.Currency, Tags = i % 3 == 0 ? ["key-account"] : [],
            ContractEnd = i % 4 == 3 ? null : today.AddDays(30 + i * 40), CreatedAt = now.AddDays(-400 + i * 20).Date,
        }).ToList();
        var contacts = Companies.SelectMany(c => c.Contacts.Select((text, i) => (Company: c, Parts: text.Split('|'), Primary: i == 0)))
            .Select((x, n) => new ExchangeContact
            {
                Id = $"CON-{n + 1:D3}", AccountId = x.Company.Id, Name = x.Parts[0], Title = x.Parts[1], Email = x.Parts[2],
                Phone = x.Parts[3], IsPrimary = x.Primary, CreatedAt = now.AddDays(-300 + n * 7).Date,
            }).ToList();
        var deals = Deals(today, now);
        return new ExchangeDocument
        {
            ExportedAt = now,
            Users = DemoPeople.Users,
            Accounts = accounts,
            Contacts = contacts,
            Deals = deals,
            Activities = Activities(deals, contacts, now),
            Tickets = Tickets(contacts, now),
            Tasks = Tasks(deals, today, now),
        };
    }

    private static List<ExchangeDeal> Deals(DateOnly today, DateTime now)
    {
        string[] en = ["Fleet tracking rollout", "Patient portal upgrade", "Supplier analytics", "Data platform renewal", "Warehouse scanners", "Second clinic expansion", "Cold-chain sensors", "Support plan add-on"];
        string[] zh = ["仓储管理系统升级", "设备联网项目", "门店数据平台", "智能排产试点", "运输调度平台", "售后服务续约", "质量追溯系统", "年度维保合同"];
        var stages = Enum.GetValues<DealStage>();
        return [.. Companies.SelectMany((c, i) => new[] { 0, 1 }.Select(k => (c, i, k))).Select((x, n) =>
        {
            var stage = stages[n % stages.Length];
            var chinese = x.c.Currency == "CNY";
            return new ExchangeDeal
            {
                Id = $"D-{2001 + n}", AccountId = x.c.Id, Name = (chinese ? zh : en)[(x.i * 2 + x.k) % 8], Stage = stage,
                Amount = (chinese ? 150_000m : 25_000m) * (1 + n % 5), Currency = x.c.Currency,
                CloseDate = stage is DealStage.Won or DealStage.Lost ? today.AddDays(-10 - n) : today.AddDays(14 + n * 6),
                OwnerId = x.c.Owner, NextStep = stage is DealStage.Won or DealStage.Lost ? null : (chinese ? "发送报价单" : "Send the updated proposal"),
                NextStepDue = stage is DealStage.Won or DealStage.Lost ? null : today.AddDays(2 + n % 6),
                LostReason = stage == DealStage.Lost ? (chinese ? "预算不足" : "Went with a cheaper vendor") : null,
                CreatedAt = now.AddDays(-120 + n).Date, UpdatedAt = now.AddDays(-n % 9).Date,
            };
        })];
    }

    private static List<ExchangeActivity> Activities(List<ExchangeDeal> deals, List<ExchangeContact> contacts, DateTime now) =>
        [.. deals.SelectMany((d, n) => new[] { ActivityType.Call, ActivityType.Meeting, ActivityType.Email }.Take(1 + n % 3).Select((type, k) => new ExchangeActivity
        {
            Id = $"ACT-{n * 3 + k + 1:D4}", Type = type, AccountId = d.AccountId,
            ContactId = contacts.FirstOrDefault(c => c.AccountId == d.AccountId)?.Id, DealId = d.Id, UserId = d.OwnerId,
            OccurredAt = now.Date.AddDays(-(n + k * 5) % 30).AddHours(9 + k), DurationMinutes = type == ActivityType.Email ? null : 30,
            Subject = d.Currency == "CNY" ? $"{d.Name}沟通" : $"{d.Name} check-in",
            Summary = d.Currency == "CNY" ? "客户确认了需求范围，希望下周看到报价。" : "Walked through scope and timeline; they asked for pricing options.",
            Source = ActivitySource.Import,
        }))];

    private static List<ExchangeTicket> Tickets(List<ExchangeContact> contacts, DateTime now)
    {
        (string Account, string Title, TicketPriority Priority, TicketStatus Status, string Assignee)[] rows =
        [
            ("ACC-BLUESTONE", "Driver app cannot sync offline scans", TicketPriority.High, TicketStatus.Open, "U-OWEN"),
            ("ACC-HARBORVIEW", "Invoice export shows the wrong tax rate", TicketPriority.Normal, TicketStatus.Pending, "U-OWEN"),
            ("ACC-REDWOOD", "SSO login loops after password reset", TicketPriority.Urgent, TicketStatus.New, "U-OWEN"),
            ("ACC-XINGHE", "调度看板数据延迟超过十分钟", TicketPriority.High, TicketStatus.Open, "U-LINNA"),
            ("ACC-JINQIAO", "设备告警短信重复发送", TicketPriority.Normal, TicketStatus.Resolved, "U-LINNA"),
            ("ACC-YUANJING", "报表导出中文乱码", TicketPriority.Low, TicketStatus.Closed, "U-LINNA"),
        ];
        return [.. rows.Select((t, n) => new ExchangeTicket
        {
            Id = $"T-{501 + n}", AccountId = t.Account, ContactId = contacts.FirstOrDefault(c => c.AccountId == t.Account)?.Id,
            Title = t.Title, Description = t.Title, Priority = t.Priority, Status = t.Status, Category = n % 2 == 0 ? "bug" : "question",
            AssigneeId = t.Assignee, CreatedById = t.Assignee, CreatedAt = now.Date.AddDays(-3 - n), DueAt = now.Date.AddDays(2 + n),
            ResolvedAt = t.Status is TicketStatus.Resolved or TicketStatus.Closed ? now.Date.AddDays(-1) : null,
            Comments = n % 2 == 0 ? [new ExchangeComment { UserId = t.Assignee, At = now.Date.AddDays(-2 - n), Text = t.Assignee == "U-LINNA" ? "已联系客户，正在排查。" : "Reproduced; looking into it." }] : [],
        })];
    }

    private static List<ExchangeTask> Tasks(List<ExchangeDeal> deals, DateOnly today, DateTime now) =>
        [.. deals.Where(d => d.NextStep is not null).Take(6).Select((d, n) => new ExchangeTask
        {
            Id = $"TSK-{101 + n}", Title = d.NextStep!, DueAt = d.NextStepDue, OwnerId = d.OwnerId, AccountId = d.AccountId,
            DealId = d.Id, Status = n == 5 ? CrmTaskStatus.Done : CrmTaskStatus.Open, CreatedAt = now.Date.AddDays(-n),
        })];
}
