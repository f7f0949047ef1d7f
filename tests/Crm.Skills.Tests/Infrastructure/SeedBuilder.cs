using Crm.Data.Accounts;
using Crm.Data.Activities;
using Crm.Data.Contacts;
using Crm.Data.Deals;
using Crm.Data.Store;
using Crm.Data.Tasks;
using Crm.Data.Tickets;
using Crm.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.Skills.Tests.Infrastructure;

/// <summary>The one way tests put data in a store: small fluent steps, sensible defaults.</summary>
public sealed class SeedBuilder
{
    private readonly List<object> _rows = [];
    private readonly List<(string Id, string Name, string OwnerId)> _bulkAccounts = [];

    /// <summary>Many plain accounts, inserted with one prepared statement (EF would take far longer for 10,000).</summary>
    public SeedBuilder ManyAccounts(IEnumerable<(string Id, string Name, string OwnerId)> accounts)
    {
        _bulkAccounts.AddRange(accounts);
        return this;
    }

    public SeedBuilder User(string id, UserRole role, string? team = null, string? managerId = null,
        string timeZone = "America/Los_Angeles", string? name = null, string locale = "en-US", string? email = null)
    {
        _rows.Add(new User { Id = id, Name = name ?? id, Email = email, Role = role, Team = team, ManagerId = managerId, TimeZone = timeZone, Locale = locale });
        return this;
    }

    public SeedBuilder Account(string id, string name, string ownerId, string currency = "USD", DateOnly? contractEnd = null, params string[] aliases)
    {
        _rows.Add(new Account
        {
            Id = id, Name = name, OwnerId = ownerId, Currency = currency, ContractEnd = contractEnd, Status = AccountStatus.Customer,
            Aliases = [.. aliases.Select((a, i) => new AccountAlias { AccountId = id, Alias = a, NormalizedAlias = AccountNames.Normalize(a), Position = i })],
        });
        return this;
    }

    /// <summary>The city of an account added before; a Chinese company's name often starts with it (北京百川物流).</summary>
    public SeedBuilder City(string accountId, string city)
    {
        _rows.OfType<Account>().Single(a => a.Id == accountId).City = city;
        return this;
    }

    public SeedBuilder Contact(string id, string accountId, string name, string? email = null, string? phone = null, string? title = null)
    {
        _rows.Add(new Contact { Id = id, AccountId = accountId, Name = name, Email = email, Phone = phone, Title = title });
        return this;
    }

    public SeedBuilder Deal(string id, string accountId, string name, string ownerId, DealStage stage = DealStage.Proposal,
        decimal? amount = null, DateOnly? closeDate = null, string currency = "USD")
    {
        _rows.Add(new Deal { Id = id, AccountId = accountId, Name = name, OwnerId = ownerId, Stage = stage, Amount = amount, CloseDate = closeDate, Currency = currency, Version = Guid.NewGuid() });
        return this;
    }

    /// <summary>The next step of a deal added before, and when it is due.</summary>
    public SeedBuilder NextStep(string dealId, string step, DateOnly? due = null)
    {
        var deal = _rows.OfType<Deal>().Single(d => d.Id == dealId);
        (deal.NextStep, deal.NextStepDue) = (step, due);
        return this;
    }

    public SeedBuilder Activity(string id, string accountId, string userId, DateTime occurredAt, ActivityType type = ActivityType.Call, string? contactId = null)
    {
        _rows.Add(new Activity { Id = id, AccountId = accountId, UserId = userId, OccurredAt = occurredAt, Type = type, ContactId = contactId, Summary = "earlier " + type, Source = ActivitySource.Import });
        return this;
    }

    public SeedBuilder Ticket(string id, string accountId, string title, TicketStatus status = TicketStatus.Open,
        TicketPriority priority = TicketPriority.Normal, string? assigneeId = null, DateTime? dueAt = null, DateTime? createdAt = null,
        string? description = null)
    {
        _rows.Add(new Ticket { Id = id, AccountId = accountId, Title = title, Description = description, Status = status, Priority = priority, AssigneeId = assigneeId, DueAt = dueAt, CreatedAt = createdAt, Version = Guid.NewGuid() });
        return this;
    }

    public SeedBuilder Task(string id, string title, string ownerId, DateOnly? due = null, string? accountId = null)
    {
        _rows.Add(new CrmTask { Id = id, Title = title, OwnerId = ownerId, DueAt = due, AccountId = accountId, Status = CrmTaskStatus.Open });
        return this;
    }

    /// <summary>
    /// Two sales teams, support and an admin: U-REP and U-REP2 are reps in West under U-MGR; U-EAST is a
    /// rep in East under U-MGR2; U-ZH is a rep in Shanghai; U-SUP is support; U-ADM is the admin.
    /// </summary>
    public SeedBuilder People() =>
        User("U-MGR", UserRole.Manager, "West", name: "Morgan Reyes")
        .User("U-MGR2", UserRole.Manager, "East", timeZone: "America/New_York", name: "Elena Park")
        .User("U-REP", UserRole.Rep, "West", "U-MGR", name: "Riley Chen")
        .User("U-REP2", UserRole.Rep, "West", "U-MGR", name: "Quinn Harper")
        .User("U-EAST", UserRole.Rep, "East", "U-MGR2", timeZone: "America/New_York", name: "Sam Okafor")
        .User("U-ZH", UserRole.Rep, "华南", null, timeZone: "Asia/Shanghai", name: "周杰", locale: "zh-CN")
        .User("U-SUP", UserRole.Support, "Support", timeZone: "America/New_York", name: "Tara Nguyen")
        .User("U-ADM", UserRole.Admin, "Ops", timeZone: "America/New_York", name: "Avery Admin");

    /// <summary><see cref="People"/> plus a few accounts with contacts, deals, a ticket, tasks and an activity.</summary>
    public SeedBuilder Standard() =>
        People()
        .Account("ACC-NB", "Northbridge Logistics", "U-REP", contractEnd: new DateOnly(2026, 12, 5), aliases: ["Northbridge", "NBL"])
        .Account("ACC-EW", "Eastwind Foods", "U-EAST")
        .Account("ACC-XH", "星河数据科技", "U-ZH", currency: "CNY", aliases: ["星河数据"])
        .Contact("CON-001", "ACC-NB", "Maria Lopez", "maria@northbridge.example", "+1 415 555 0100", "COO")
        .Contact("CON-002", "ACC-EW", "Ken Ito", "ken@eastwind.example")
        .Contact("CON-003", "ACC-XH", "赵敏", phone: "13800138000", title: "采购经理")
        .Deal("D-1001", "ACC-NB", "Northbridge fleet tracking", "U-REP", DealStage.Proposal, 40000, new DateOnly(2026, 12, 10))
        .Deal("D-1002", "ACC-NB", "Northbridge warehouse scanners", "U-REP2", DealStage.Negotiation, 20000, new DateOnly(2026, 11, 28))
        .Deal("D-1003", "ACC-EW", "Eastwind cold chain", "U-EAST", DealStage.Lead, 10000, new DateOnly(2027, 2, 1))
        .Ticket("T-501", "ACC-NB", "Scanner sync fails", TicketStatus.Open, TicketPriority.High, "U-SUP")
        .Task("TSK-01", "Send Maria the pricing sheet", "U-REP", new DateOnly(2026, 11, 20), "ACC-NB")
        .Task("TSK-02", "Book the Eastwind demo", "U-REP2", null, "ACC-EW")
        .Activity("ACT-0001", "ACC-NB", "U-REP", new DateTime(2026, 11, 10, 17, 0, 0, DateTimeKind.Utc), contactId: "CON-001");

    public async Task SaveAsync(CrmDbContext db)
    {
        // Users first: accounts, deals and tasks point at them. Bulk seeds (10,000 accounts) need no
        // change detection: every row is new.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AddRange(_rows.OfType<Crm.Data.Users.User>());
        await db.SaveChangesAsync();
        db.AddRange(_rows.Where(r => r is not Crm.Data.Users.User));
        await db.SaveChangesAsync();
        if (_bulkAccounts.Count > 0)
            await InsertBulkAccountsAsync(db);
    }

    private async Task InsertBulkAccountsAsync(CrmDbContext db)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = "INSERT INTO accounts (Id, Name, OwnerId, Currency, Status, Tags) VALUES ($id, $name, $owner, 'USD', 'customer', '[]')";
        var id = Parameter(command, "$id");
        var name = Parameter(command, "$name");
        var owner = Parameter(command, "$owner");
        foreach (var account in _bulkAccounts)
        {
            (id.Value, name.Value, owner.Value) = (account.Id, account.Name, account.OwnerId);
            await command.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
    }

    private static System.Data.Common.DbParameter Parameter(System.Data.Common.DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
