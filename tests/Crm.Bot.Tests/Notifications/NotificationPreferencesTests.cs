using Crm.Data.Accounts;
using Crm.Data.Settings;
using Crm.Data.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bot.Tests.Notifications;

/// <summary>Working hours, the recipient's language, and turning kinds off and on from chat in English and Chinese.</summary>
public sealed class NotificationPreferencesTests : NotificationTestContext
{
    /// <summary>Thursday 19 Nov 2026, 10:00 in Shanghai; 18:00 Wednesday in Los Angeles (after hours).</summary>
    private static readonly DateTimeOffset ThursdayMorningShanghai = new(2026, 11, 19, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task BeforeWorkingHours_Tick_WaitsUntilLaterThatDay()
    {
        await SayAsync("aad-avery", "hello");
        await Bot.SeedRowsAsync(new CrmTask { Id = "TSK-1", Title = "Call back the buyer", OwnerId = "U-T1", DueAt = Wednesday });

        Assert.Equal(0, await TickAsync(WednesdayMorningWest.AddHours(-3)));
        Assert.Empty(Notifications());

        Assert.Equal(1, await TickAsync(WednesdayMorningWest));
    }

    [Fact]
    public async Task ChineseUser_Tick_GetsChineseCardOnTheirOwnClock()
    {
        await SayAsync("aad-lin", "你好", "zh-CN");
        await Bot.SeedRowsAsync(new CrmTask { Id = "TSK-1", Title = "给客户发报价单", OwnerId = "U-T2", DueAt = Wednesday.AddDays(1) });

        Assert.Equal(0, await TickAsync(WednesdayMorningWest));
        Assert.Equal(1, await TickAsync(ThursdayMorningShanghai));

        var sent = Assert.Single(Notifications());
        var text = CardJson.Text(sent);
        Assert.Contains("今天到期", text, StringComparison.Ordinal);
        Assert.Contains("给客户发报价单", text, StringComparison.Ordinal);
        Assert.Contains(CardJson.Buttons(sent), b => b.Title == "标记完成");
    }

    [Fact]
    public async Task StopRenewalReminders_English_StopsRenewalsOnlyUntilTurnedBackOn()
    {
        await SayAsync("aad-avery", "hello");
        await SeedRenewalAndTaskAsync("U-T1", Wednesday);

        var reply = await SayAsync("aad-avery", "stop renewal reminders");
        Assert.Contains("no more renewal reminders", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await TickAsync(WednesdayMorningWest));
        Assert.Contains("Due today", CardJson.Text(Assert.Single(Notifications())), StringComparison.Ordinal);

        await SayAsync("aad-avery", "turn renewal reminders back on");
        Assert.Equal(1, await TickAsync(WednesdayMorningWest.AddHours(1)));
        Assert.Contains("contract ends in 30 days", CardJson.Text(Notifications()[^1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopRenewalReminders_Chinese_StopsRenewalsOnlyUntilTurnedBackOn()
    {
        await SayAsync("aad-lin", "你好", "zh-CN");
        await SeedRenewalAndTaskAsync("U-T2", Wednesday.AddDays(1));

        var reply = await SayAsync("aad-lin", "关闭续约提醒", "zh-CN");
        Assert.Contains("已关闭续约提醒", reply.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await TickAsync(ThursdayMorningShanghai));
        Assert.Contains("今天到期", CardJson.Text(Assert.Single(Notifications())), StringComparison.Ordinal);

        await SayAsync("aad-lin", "开启续约提醒", "zh-CN");
        Assert.Equal(1, await TickAsync(ThursdayMorningShanghai.AddHours(1)));
        Assert.Contains("合同还有 30 天到期", CardJson.Text(Notifications()[^1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopRenewalReminders_IsAuditedAndUndoable()
    {
        await SayAsync("aad-avery", "hello");

        await SayAsync("aad-avery", "stop renewal reminders");
        Assert.Equal("off", await SettingAsync("U-T1", "notify:renewal"));
        Assert.True(await Bot.QueryAsync(db => db.ChangeSets.AnyAsync(c => c.UserId == "U-T1")));

        await SayAsync("aad-avery", "undo");
        Assert.Null(await SettingAsync("U-T1", "notify:renewal"));
    }

    private Task SeedRenewalAndTaskAsync(string owner, DateOnly ownersToday) => Bot.SeedRowsAsync(
        new Account { Id = "ACC-1", Name = "Brightwater Mills", OwnerId = owner, ContractEnd = ownersToday.AddDays(30) },
        new CrmTask { Id = "TSK-1", Title = "Prepare the quarterly review", OwnerId = owner, DueAt = ownersToday });

    private Task<string?> SettingAsync(string userId, string name) =>
        Bot.QueryAsync(db => db.Set<Setting>().Where(s => s.Scope == userId && s.Name == name).Select(s => s.Value).FirstOrDefaultAsync());
}
