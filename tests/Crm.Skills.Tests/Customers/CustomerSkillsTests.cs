using Crm.Data.Tickets;
using Crm.Skills.Customers;
using Crm.Skills.Results;
using Crm.Skills.Tests.Infrastructure;

namespace Crm.Skills.Tests.Customers;

public sealed class CustomerSkillsTests
{
    [Fact]
    public async Task GetSummary_OfAnActiveAccount_ShowsOwnerDealsTicketsAndContractFlag()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        var turn = await store.SendAsync<CustomerSkills>("U-SUP", s => s.GetSummaryAsync("ACC-NB"));

        var summary = turn.Result<CustomerSummaryResult>();
        Assert.Equal("Riley Chen", summary.OwnerName);
        Assert.Equal(["D-1002", "D-1001"], summary.OpenDeals.Select(d => d.Id));
        Assert.Equal("T-501", Assert.Single(summary.OpenTickets).Id);
        Assert.Equal(new DateTime(2026, 11, 10, 17, 0, 0), summary.LastContactAt);
        Assert.Equal("Maria Lopez", Assert.Single(summary.RecentActivities).ContactName);
        Assert.Equal([CustomerFlag.ContractEndingSoon], summary.Flags);
    }

    [Fact]
    public async Task GetSummary_OfAQuietAccountWithUrgentOverdueTicket_RaisesThoseFlags()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard()
            .Activity("ACT-0050", "ACC-EW", "U-EAST", new DateTime(2026, 11, 3, 12, 0, 0, DateTimeKind.Utc))
            .Ticket("T-520", "ACC-EW", "Outage", TicketStatus.New, TicketPriority.Urgent, dueAt: new DateTime(2026, 11, 17, 0, 0, 0, DateTimeKind.Utc)));

        var turn = await store.SendAsync<CustomerSkills>("U-REP", s => s.GetSummaryAsync("ACC-EW"));

        Assert.Equal([CustomerFlag.NoRecentContact, CustomerFlag.UrgentTicketOpen, CustomerFlag.OverdueTicketOpen], turn.Result<CustomerSummaryResult>().Flags);
    }

    [Fact]
    public async Task GetHistory_MixesActivitiesAndTicketsNewestFirst()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard()
            .Activity("ACT-0050", "ACC-NB", "U-REP2", new DateTime(2026, 11, 15, 12, 0, 0, DateTimeKind.Utc))
            .Ticket("T-520", "ACC-NB", "Older ticket", TicketStatus.Closed, createdAt: new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc))
            .Ticket("T-521", "ACC-NB", "Newer ticket", createdAt: new DateTime(2026, 11, 12, 0, 0, 0, DateTimeKind.Utc)));

        var turn = await store.SendAsync<CustomerSkills>("U-SUP", s => s.GetHistoryAsync("ACC-NB"));

        var entries = turn.Result<HistoryResult>().Entries;
        Assert.Equal(["ACT-0050", "T-521", "ACT-0001", "T-520"], entries.Select(e => e.Activity?.Activity.Id ?? e.Ticket!.Id).Where(id => id != "T-501"));
    }

    [Fact]
    public async Task GetSummary_OfUnknownAccount_IsNotFound()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        var turn = await store.SendAsync<CustomerSkills>("U-SUP", s => s.GetSummaryAsync("ACC-NONE"));

        Assert.Equal(RefusalReason.NotFound, turn.Result<RefusalResult>().Reason);
    }
}
