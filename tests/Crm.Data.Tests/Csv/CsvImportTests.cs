using Crm.Data.Csv;
using Crm.Data.Tests.Support;
using Crm.Data.Users;
using Microsoft.EntityFrameworkCore;

namespace Crm.Data.Tests.Csv;

public sealed class CsvImportTests : IAsyncLifetime
{
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
    private TestStore store = null!;

    public async Task InitializeAsync()
    {
        store = await TestStore.SqliteFileAsync();
        await store.ImportAsync(new SeedBuilder()
            .User("U-OPS", "Casey Admin", UserRole.Admin)
            .User("U-REP", "Jamie Rivers", UserRole.Rep)
            .Account("ACC-0007", "Greyfield Robotics Inc.", "U-REP", "Greyfield")
            .Account("ACC-CN", "华峰电子有限公司", "U-REP", "华峰")
            .Contact("CON-0003", "ACC-0007", "Lee Morgan", email: "lee@greyfield.example")
            .Build());
    }

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task ImportCsv_EnglishAccountsWithLookalikes_CreatesNewOnesAndReportsDuplicates()
    {
        const string csv = """
            Company Name,City,Industry,Owner,Tags
            Greyfield Robotics,Detroit,Robotics,,
            Tidewater Marine,Norfolk,Shipping,Jamie Rivers,key-account;east
            Greyfeld Robotics Inc,Detroit,Robotics,,
            "Copperleaf Farms, LLC",Fresno,Agriculture,jamie rivers,
            """;

        var report = await Import(csv);

        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        Assert.Equal(CsvImportKind.Accounts, report.Kind);
        Assert.Equal(["ACC-0008", "ACC-0009"], report.Created);
        Assert.Equal(["row 2: 'Greyfield Robotics' looks like ACC-0007 'Greyfield Robotics Inc.'",
                      "row 4: 'Greyfeld Robotics Inc' looks like ACC-0007 'Greyfield Robotics Inc.'"], report.Duplicates.Select(d => d.ToString()));
        await using var db = store.Open();
        var tidewater = await db.Accounts.SingleAsync(a => a.Id == "ACC-0008");
        Assert.Equal(("Tidewater Marine", "Norfolk", "U-REP", "USD"), (tidewater.Name, tidewater.City, tidewater.OwnerId, tidewater.Currency));
        Assert.Equal(["key-account", "east"], tidewater.Tags);
        Assert.Equal(Clock.GetUtcNow().UtcDateTime, tidewater.CreatedAt);
        Assert.Equal("Copperleaf Farms, LLC", (await db.Accounts.SingleAsync(a => a.Id == "ACC-0009")).Name);
    }

    [Fact]
    public async Task ImportCsv_ChineseAccountsWithAliasMatch_SkipsTheAlias()
    {
        const string csv = "客户名称,城市,行业,简称\n华峰电子,深圳,电子,\n澄江制药有限公司,昆明,医药,澄江制药、澄江\n";

        var report = await Import(csv);

        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        var created = Assert.Single(report.Created);
        Assert.Equal("row 2: '华峰电子' looks like ACC-CN '华峰电子有限公司'", Assert.Single(report.Duplicates).ToString());
        await using var db = store.Open();
        var account = await db.Accounts.SingleAsync(a => a.Id == created);
        Assert.Equal(("澄江制药有限公司", "昆明", "CNY", "U-OPS"), (account.Name, account.City, account.Currency, account.OwnerId));
        Assert.Equal(["澄江制药", "澄江"], account.Aliases.OrderBy(a => a.Position).Select(a => a.Alias));
    }

    [Fact]
    public async Task ImportCsv_ChineseContacts_MatchesAccountsAndSkipsKnownPeople()
    {
        const string csv = "联系人,公司名称,职位,手机,邮箱\n王磊,华峰电子,采购经理,138 1234 5678,wang.lei@huafeng.example\nLee Morgan,Greyfield,CTO,,\n";

        var report = await Import(csv);

        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        Assert.Equal(CsvImportKind.Contacts, report.Kind);
        Assert.Equal(["CON-0004"], report.Created);
        Assert.Equal("row 3: 'Lee Morgan' looks like CON-0003 'Lee Morgan'", Assert.Single(report.Duplicates).ToString());
        await using var db = store.Open();
        var contact = await db.Contacts.SingleAsync(c => c.Id == "CON-0004");
        Assert.Equal(("ACC-CN", "采购经理", "138 1234 5678"), (contact.AccountId, contact.Title, contact.Phone));
    }

    [Fact]
    public async Task ImportCsv_BadRows_ListsEachByRowAndWritesNothing()
    {
        var before = await store.ExportJsonAsync();
        const string csv = "Name,Company,Email,Phone\nAvery Stone,Greyfield,avery@greyfield.example,+1 617 555 0199\nBo Chen,Nowhere Ltd,bo@,12\n,Greyfield,,\n";

        var report = await Import(csv);

        Assert.Equal(
        [
            "row 3: no account named 'Nowhere Ltd'",
            "row 3: 'bo@' is not an e-mail address",
            "row 3: '12' is not a valid phone number: it needs 7 to 15 digits",
            "row 4: the contact's name is empty",
        ], report.Problems.Select(p => p.ToString()));
        Assert.Empty(report.Created);
        Assert.Equal(before, await store.ExportJsonAsync());
    }

    [Fact]
    public async Task ImportCsv_NoCompanyColumn_IsRefused()
    {
        var report = await Import("Email,Phone\na@b.example,13812345678\n");

        Assert.Equal("row 1: no company column (Company, Account, 公司名称, 客户名称…)", Assert.Single(report.Problems).ToString());
    }

    private async Task<CsvImportReport> Import(string csv)
    {
        await using var db = store.Open();
        return await CsvImporter.ImportAsync(db, csv, Clock);
    }
}
