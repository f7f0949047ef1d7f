using Crm.Data.Deals;
using Crm.Data.Demo;
using Crm.Data.Exchange;
using Crm.Data.Tests.Support;
using Crm.Data.Users;

namespace Crm.Data.Tests.Demo;

public sealed class DemoDatasetTests
{
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Create_ImportedIntoEmptyStore_IsValidAndComplete()
    {
        await using var store = await TestStore.SqliteFileAsync();
        var demo = DemoDataset.Create(Clock);

        await using (var db = store.Open())
        {
            var report = await ExchangeImporter.ImportAsync(db, demo);
            Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        }

        Assert.Equal(Enum.GetValues<DealStage>(), demo.Deals.Select(d => d.Stage).Distinct().Order());
        Assert.Equal(Enum.GetValues<UserRole>(), demo.Users.Select(u => u.Role).Distinct().Order());
        Assert.Contains(demo.Users, u => u.Role == UserRole.Rep && u.Locale == "zh-CN");
        Assert.Contains(demo.Users, u => u.Role == UserRole.Support && u.Locale == "zh-CN");
        Assert.Contains(demo.Users, u => u.Role == UserRole.Support && u.Locale == "en-US");
        Assert.NotEmpty(demo.Activities);
        Assert.NotEmpty(demo.Tickets);
        Assert.NotEmpty(demo.Tasks);
        Assert.Contains(demo.Accounts, a => a.Currency == "CNY");
    }
}
