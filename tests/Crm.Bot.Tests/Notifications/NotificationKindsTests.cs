using Crm.Data.Accounts;
using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Data.Tasks;
using Crm.Data.Tickets;

namespace Crm.Bot.Tests.Notifications;

/// <summary>Each kind of notification reaches the right person's chat, once, as a card with its buttons.</summary>
public sealed class NotificationKindsTests : NotificationTestContext
{
    [Fact]
    public async Task TaskDueToday_Tick_SendsOwnerOneCardWithDoneSnoozeAndSummary()
    {
        await SayAsync("aad-avery", "hello");
        await Bot.SeedRowsAsync(
            new Account { Id = "ACC-1", Name = "Brightwater Mills", OwnerId = "U-T1" },
            new CrmTask { Id = "TSK-1", Title = "Send the signed order form", OwnerId = "U-T1", AccountId = "ACC-1", DueAt = Wednesday },
            new CrmTask { Id = "TSK-2", Title = "Book the site visit", OwnerId = "U-T1", DueAt = Wednesday.AddDays(1) },
            new CrmTask { Id = "TSK-3", Title = "Old chore", OwnerId = "U-T1", DueAt = Wednesday, Status = CrmTaskStatus.Done });

        Assert.Equal(1, await TickAsync(WednesdayMorningWest));

        var sent = Assert.Single(NotificationsIn(PersonalChat("aad-avery")));
        var text = CardJson.Text(sent);
        Assert.Contains("Due today", text, StringComparison.Ordinal);
        Assert.Contains("Send the signed order form", text, StringComparison.Ordinal);
        Assert.Contains("Brightwater Mills", text, StringComparison.Ordinal);
        Assert.Equal("TSK-1", CardJson.Button(sent, "done").GetProperty("taskId").GetString());
        Assert.Equal("ACC-1", CardJson.Button(sent, "summary").GetProperty("accountId").GetString());
        Assert.Equal("task_due", CardJson.Button(sent, "snooze").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task SameNotification_SecondTick_SendsNothing()
    {
        await SayAsync("aad-avery", "hello");
        await Bot.SeedRowsAsync(new CrmTask { Id = "TSK-1", Title = "Call back the buyer", OwnerId = "U-T1", DueAt = Wednesday });

        Assert.Equal(1, await TickAsync(WednesdayMorningWest));
        Assert.Equal(0, await TickAsync(WednesdayMorningWest.AddHours(2)));

        Assert.Single(Notifications());
    }

    [Fact]
    public async Task OpenDealQuietForFourteenDays_Tick_TellsDealOwner()
    {
        await SayAsync("aad-avery", "hello");
        var now = WednesdayMorningWest.UtcDateTime;
        await Bot.SeedRowsAsync(
            new Account { Id = "ACC-1", Name = "Brightwater Mills", OwnerId = "U-T1" },
            Deal("D-QUIET", "Mill sensors", now.AddDays(-40)),
            Deal("D-BUSY", "Mill software", now.AddDays(-40)),
            Deal("D-WON", "Mill pilot", now.AddDays(-40), DealStage.Won),
            new Activity { Id = "ACT-1", AccountId = "ACC-1", DealId = "D-QUIET", UserId = "U-T1", OccurredAt = now.AddDays(-20), Type = ActivityType.Call },
            new Activity { Id = "ACT-2", AccountId = "ACC-1", DealId = "D-BUSY", UserId = "U-T1", OccurredAt = now.AddDays(-3), Type = ActivityType.Call });

        Assert.Equal(1, await TickAsync(WednesdayMorningWest));

        var text = CardJson.Text(Assert.Single(Notifications()));
        Assert.Contains("Mill sensors: no activity for 20 days", text, StringComparison.Ordinal);
        Assert.Contains("Proposal", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(30, "contract ends in 30 days")]
    [InlineData(12, "contract ends in 12 days")]
    [InlineData(7, "contract ends in 7 days")]
    public async Task ContractEndingWithinAStep_Tick_RemindsAccountOwner(int daysLeft, string expected)
    {
        await SayAsync("aad-avery", "hello");
        await Bot.SeedRowsAsync(new Account { Id = "ACC-1", Name = "Brightwater Mills", OwnerId = "U-T1", Status = AccountStatus.Customer, ContractEnd = Wednesday.AddDays(daysLeft) });

        Assert.Equal(1, await TickAsync(WednesdayMorningWest));

        Assert.Contains("Brightwater Mills: " + expected, CardJson.Text(Assert.Single(Notifications())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContractEndingInForty_Tick_SendsNothingUntilThirtyDaysLeft()
    {
        await SayAsync("aad-avery", "hello");
        await Bot.SeedRowsAsync(new Account { Id = "ACC-1", Name = "Brightwater Mills", OwnerId = "U-T1", ContractEnd = Wednesday.AddDays(40) });

        Assert.Equal(0, await TickAsync(WednesdayMorningWest));
        Assert.Equal(1, await TickAsync(WednesdayMorningWest.AddDays(10)));
        Assert.Equal(0, await TickAsync(WednesdayMorningWest.AddDays(11)));
    }

    [Fact]
    public async Task UrgentTicketPastSla_Tick_TellsAssigneeAndSupportLead()
    {
        await SayAsync("aad-agent", "hello");
        await SayAsync("aad-lead", "hello");
        var now = WednesdayMorningWest.UtcDateTime;
        await Bot.SeedRowsAsync(
            new Account { Id = "ACC-1", Name = "Brightwater Mills", OwnerId = "U-T1" },
            Ticket("T-URGENT", TicketPriority.Urgent, now.AddHours(-2)),
            Ticket("T-NORMAL", TicketPriority.Normal, now.AddHours(-1)),
            Ticket("T-LATER", TicketPriority.Urgent, now.AddHours(3)));

        Assert.Equal(3, await TickAsync(WednesdayMorningWest));

        var agent = NotificationsIn(PersonalChat("aad-agent")).Select(CardJson.Text).ToList();
        Assert.Equal(2, agent.Count);
        Assert.Contains(agent, t => t.Contains("T-URGENT is past its SLA", StringComparison.Ordinal));
        Assert.Contains(agent, t => t.Contains("T-NORMAL is past its SLA", StringComparison.Ordinal));
        var lead = CardJson.Text(Assert.Single(NotificationsIn(PersonalChat("aad-lead"))));
        Assert.Contains("Urgent ticket T-URGENT is past its SLA", lead, StringComparison.Ordinal);
        Assert.Contains("Sam Ortiz", lead, StringComparison.Ordinal);
    }

    private static Deal Deal(string id, string name, DateTime created, DealStage stage = DealStage.Proposal) => new()
    {
        Id = id, AccountId = "ACC-1", Name = name, OwnerId = "U-T1", Stage = stage, Amount = 12_000m, CreatedAt = created, Version = Guid.NewGuid(),
    };

    private static Ticket Ticket(string id, TicketPriority priority, DateTime due) => new()
    {
        Id = id, AccountId = "ACC-1", Title = "Scanner offline", Priority = priority, Status = TicketStatus.Open, AssigneeId = "U-AGENT", DueAt = due, Version = Guid.NewGuid(),
    };
}
