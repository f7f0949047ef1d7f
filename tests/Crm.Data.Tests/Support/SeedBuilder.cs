using Crm.Data.Accounts;
using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Data.Exchange;
using Crm.Data.Tasks;
using Crm.Data.Tickets;
using Crm.Data.Users;

namespace Crm.Data.Tests.Support;

/// <summary>
/// Builds exchange documents for tests. Every record starts with every field filled (non-default
/// values), so a document built here exercises every column; tests override what they care about.
/// </summary>
internal sealed class SeedBuilder
{
    private static readonly DateTime Base = new(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc);
    private readonly List<ExchangeUser> users = [];
    private readonly List<ExchangeAccount> accounts = [];
    private readonly List<ExchangeContact> contacts = [];
    private readonly List<ExchangeDeal> deals = [];
    private readonly List<ExchangeActivity> activities = [];
    private readonly List<ExchangeTicket> tickets = [];
    private readonly List<ExchangeTask> tasks = [];

    /// <summary>A small store touching every collection and field, records in id order as export writes them.</summary>
    public static SeedBuilder EveryField() => new SeedBuilder()
        .User("U-ADMIN", "Robin Slate", UserRole.Admin)
        .User("U-BOSS", "Morgan Vale", UserRole.Manager, managerId: null)
        .User("U-REP", "Quinn Harper", UserRole.Rep, managerId: "U-BOSS")
        .User("U-ZH", "钱明", UserRole.Support, managerId: "U-BOSS", locale: "zh-CN", timeZone: "Asia/Shanghai")
        .Account("ACC-1", "Lakeside Mills", "U-REP", "Lakeside", "LSM")
        .Account("ACC-2", "东方航电有限公司", "U-ZH", "东方航电")
        .Contact("CON-1", "ACC-1", "Dee Parker", email: "dee.parker@lakeside.example", phone: "+1 617 555 0199")
        .Contact("CON-2", "ACC-2", "马丽", email: "ma.li@dongfang.example", phone: "+86 138 1234 5678")
        .Deal("D-1", "ACC-1", "U-REP", DealStage.NeedsAnalysis, 125000.5m)
        .Deal("D-2", "ACC-2", "U-ZH", DealStage.Lost, 980000m)
        .Activity("ACT-1", "ACC-1", "U-REP", ActivityType.Visit, contactId: "CON-1", dealId: "D-1")
        .Activity("ACT-2", "ACC-2", "U-ZH", ActivityType.Note, contactId: "CON-2", dealId: "D-2")
        .Ticket("T-1", "ACC-1", "U-ZH", TicketStatus.Pending, contactId: "CON-1", comments: 2)
        .Task("TSK-1", "U-REP", accountId: "ACC-1", dealId: "D-1", contactId: "CON-1");

    public SeedBuilder User(string id, string name, UserRole role = UserRole.Rep, string? managerId = null,
        string locale = "en-US", string timeZone = "America/New_York")
    {
        users.Add(new() { Id = id, Name = name, Email = $"{id.ToLowerInvariant()}@crm.example", Role = role, Team = role + " team",
            ManagerId = managerId, Locale = locale, TimeZone = timeZone, AadObjectId = $"aad-{id.ToLowerInvariant()}" });
        return this;
    }

    public SeedBuilder Account(string id, string name, string ownerId, params string[] aliases)
    {
        accounts.Add(new() { Id = id, Name = name, Aliases = aliases, Industry = "Industry of " + name, City = "Springfield",
            Country = "US", Tier = "A", Status = AccountStatus.Customer, OwnerId = ownerId, Currency = "EUR",
            Tags = ["key-account", "beta"], ContractEnd = new DateOnly(2027, 1, 31), CreatedAt = Base.AddDays(accounts.Count) });
        return this;
    }

    public SeedBuilder Contact(string id, string accountId, string name, string? email = null, string? phone = null)
    {
        contacts.Add(new() { Id = id, AccountId = accountId, Name = name, Title = "Head of Operations", Email = email, Phone = phone,
            IsPrimary = contacts.Count == 0, CreatedAt = Base.AddHours(contacts.Count) });
        return this;
    }

    public SeedBuilder Deal(string id, string accountId, string ownerId, DealStage stage = DealStage.Proposal, decimal? amount = 1000m)
    {
        deals.Add(new() { Id = id, AccountId = accountId, Name = "Deal " + id, Stage = stage, Amount = amount, Currency = "GBP",
            CloseDate = new DateOnly(2026, 12, 24), OwnerId = ownerId, NextStep = "Call back about pricing",
            NextStepDue = new DateOnly(2026, 11, 30), LostReason = stage == DealStage.Lost ? "Budget frozen" : null,
            CreatedAt = Base.AddMinutes(deals.Count), UpdatedAt = Base.AddDays(10).AddTicks(1_230_000) });
        return this;
    }

    public SeedBuilder Activity(string id, string accountId, string userId, ActivityType type = ActivityType.Call,
        string? contactId = null, string? dealId = null)
    {
        activities.Add(new() { Id = id, Type = type, AccountId = accountId, ContactId = contactId, DealId = dealId, UserId = userId,
            OccurredAt = Base.AddDays(2), DurationMinutes = 45, Subject = "Quarterly review", Summary = "Talked through renewal.",
            Source = ActivitySource.Transcript });
        return this;
    }

    public SeedBuilder Ticket(string id, string accountId, string assigneeId, TicketStatus status = TicketStatus.Open,
        string? contactId = null, int comments = 0)
    {
        tickets.Add(new() { Id = id, AccountId = accountId, ContactId = contactId, Title = "Export fails", Description = "Nightly export stops at 90%.",
            Priority = TicketPriority.Urgent, Status = status, Category = "bug", AssigneeId = assigneeId, CreatedById = assigneeId,
            CreatedAt = Base, DueAt = Base.AddDays(3), ResolvedAt = Base.AddDays(4),
            Comments = [.. Enumerable.Range(0, comments).Select(i => new ExchangeComment { UserId = assigneeId, At = Base.AddHours(i), Text = $"Update {i + 1}" })] });
        return this;
    }

    public SeedBuilder Task(string id, string ownerId, string? accountId = null, string? dealId = null, string? contactId = null)
    {
        tasks.Add(new() { Id = id, Title = "Send the contract", DueAt = new DateOnly(2026, 12, 1), OwnerId = ownerId, AccountId = accountId,
            DealId = dealId, ContactId = contactId, Status = CrmTaskStatus.Done, CreatedAt = Base.AddDays(1) });
        return this;
    }

    public ExchangeDocument Build() => new()
    {
        ExportedAt = Base,
        Users = [.. users], Accounts = [.. accounts], Contacts = [.. contacts], Deals = [.. deals],
        Activities = [.. activities], Tickets = [.. tickets], Tasks = [.. tasks],
    };
}
