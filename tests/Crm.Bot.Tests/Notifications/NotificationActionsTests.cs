using Crm.Data.Accounts;
using Crm.Data.Audit;
using Crm.Data.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bot.Tests.Notifications;

/// <summary>The buttons on a notification come back through the ordinary message path: snooze, mark done, open summary.</summary>
public sealed class NotificationActionsTests : NotificationTestContext
{
    [Fact]
    public async Task Snooze_PressedOnTaskCard_SilentTodayThenComesAgainTomorrowOnce()
    {
        await SayAsync("aad-avery", "hello");
        await Bot.SeedRowsAsync(new CrmTask { Id = "TSK-1", Title = "Call back the buyer", OwnerId = "U-T1", DueAt = Wednesday });
        await TickAsync(WednesdayMorningWest);

        var reply = await PressAsync("aad-avery", CardJson.Button(Notifications()[0], "snooze"));

        Assert.Contains("remind you again on Thu, Nov 19", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await TickAsync(WednesdayMorningWest.AddHours(4)));
        Assert.Equal(0, await TickAsync(WednesdayMorningWest.AddDays(1).AddHours(-4)));
        Assert.Equal(1, await TickAsync(WednesdayMorningWest.AddDays(1)));
        Assert.Equal(0, await TickAsync(WednesdayMorningWest.AddDays(1).AddHours(2)));
        Assert.Contains("Call back the buyer", CardJson.Text(Notifications()[^1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkDone_PressedOnTaskCard_CompletesTaskAuditedWithUndo()
    {
        await SayAsync("aad-avery", "hello");
        await Bot.SeedRowsAsync(new CrmTask { Id = "TSK-1", Title = "Call back the buyer", OwnerId = "U-T1", DueAt = Wednesday });
        await TickAsync(WednesdayMorningWest);

        var reply = await PressAsync("aad-avery", CardJson.Button(Notifications()[0], "done"));

        Assert.Equal(CrmTaskStatus.Done, await StatusAsync("TSK-1"));
        var change = await Bot.QueryAsync(db => db.Set<FieldChange>().Where(f => f.RecordId == "TSK-1").ToListAsync());
        Assert.Contains(change, f => f.Field.Equals("status", StringComparison.OrdinalIgnoreCase));
        await PressAsync("aad-avery", CardJson.Button(reply, "undo"));
        Assert.Equal(CrmTaskStatus.Open, await StatusAsync("TSK-1"));
    }

    [Fact]
    public async Task OpenSummary_PressedOnRenewalCard_ShowsTheCustomerSummary()
    {
        await SayAsync("aad-avery", "hello");
        await Bot.SeedRowsAsync(new Account { Id = "ACC-1", Name = "Brightwater Mills", OwnerId = "U-T1", Status = AccountStatus.Customer, ContractEnd = Wednesday.AddDays(15) });
        await TickAsync(WednesdayMorningWest);

        var reply = await PressAsync("aad-avery", CardJson.Button(Notifications()[0], "summary"));

        var text = CardJson.Text(reply);
        Assert.Contains("Brightwater Mills", text, StringComparison.Ordinal);
        Assert.Contains("Avery Quinn", text, StringComparison.Ordinal);
    }

    private Task<CrmTaskStatus> StatusAsync(string id) => Bot.QueryAsync(db => db.Tasks.Where(t => t.Id == id).Select(t => t.Status).SingleAsync());
}
