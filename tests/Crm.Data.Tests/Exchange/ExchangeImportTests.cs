using Crm.Data.Audit;
using Crm.Data.Deals;
using Crm.Data.Exchange;
using Crm.Data.Tests.Support;
using Crm.Data.Users;
using Microsoft.EntityFrameworkCore;

namespace Crm.Data.Tests.Exchange;

public sealed class ExchangeImportTests : IAsyncLifetime
{
    private TestStore store = null!;

    public async Task InitializeAsync() => store = await TestStore.SqliteFileAsync();

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task Import_BrokenReferences_ListsEveryOneAndWritesNothing()
    {
        await store.ImportAsync(SeedBuilder.EveryField().Build());
        var before = await store.ExportJsonAsync();
        var document = new SeedBuilder()
            .User("U-NEW", "Sky Forrest", UserRole.Rep, managerId: "U-GONE")
            .Account("ACC-9", "Ninth Harbor", "U-NOBODY")
            .Contact("CON-9", "ACC-404", "Pat Lee")
            .Deal("D-9", "ACC-1", "U-NEW")
            .Activity("ACT-9", "ACC-9", "U-REP", contactId: "CON-1", dealId: "D-404")
            .Ticket("T-9", "ACC-9", "U-GHOST", comments: 1)
            .Task("TSK-9", "U-NEW", dealId: "D-8")
            .Build();

        var report = await Import(document);

        Assert.Equal(
        [
            "$.users[0].managerId: 'U-GONE' is not one of the users in the file or the store",
            "$.accounts[0].ownerId: 'U-NOBODY' is not one of the users in the file or the store",
            "$.contacts[0].accountId: 'ACC-404' is not one of the accounts in the file or the store",
            "$.activities[0].dealId: 'D-404' is not one of the deals in the file or the store",
            "$.tickets[0].assigneeId: 'U-GHOST' is not one of the users in the file or the store",
            "$.tickets[0].createdById: 'U-GHOST' is not one of the users in the file or the store",
            "$.tickets[0].comments[0].userId: 'U-GHOST' is not one of the users in the file or the store",
            "$.tasks[0].dealId: 'D-8' is not one of the deals in the file or the store",
        ], report.Problems.Select(p => p.ToString()));
        Assert.Equal(before, await store.ExportJsonAsync());
    }

    [Fact]
    public async Task Import_IdsAlreadyInStoreOrRepeated_ReportsEachAndWritesNothing()
    {
        await store.ImportAsync(SeedBuilder.EveryField().Build());
        var before = await store.ExportJsonAsync();
        var document = new SeedBuilder()
            .User("U-REP", "Someone Else")
            .User("U-TWIN", "First Twin")
            .User("U-TWIN", "Second Twin")
            .Account("ACC-2", "Clashing Name", "U-TWIN")
            .Build();

        var report = await Import(document);

        Assert.Equal(
        [
            "$.users[0].id: 'U-REP' already exists in the store",
            "$.users[2].id: 'U-TWIN' appears more than once",
            "$.accounts[0].id: 'ACC-2' already exists in the store",
        ], report.Problems.Select(p => p.ToString()));
        Assert.Equal(before, await store.ExportJsonAsync());
    }

    [Fact]
    public async Task Import_NewRecordsReferringToStoredOnes_AddsThemAlongsideTheOld()
    {
        await store.ImportAsync(SeedBuilder.EveryField().Build());
        var document = new SeedBuilder().Deal("D-3", "ACC-2", "U-ZH", DealStage.Won, 5m).Activity("ACT-3", "ACC-2", "U-ZH", dealId: "D-3").Build();

        var report = await Import(document);

        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
        await using var db = store.Open();
        Assert.Equal(["D-1", "D-2", "D-3"], db.Deals.Select(d => d.Id).AsEnumerable().Order(StringComparer.Ordinal));
        Assert.Equal(2, report.Created.Sum(kv => kv.Value));
    }

    [Fact]
    public async Task Import_WithAttribution_RecordsOneChangeSetListingEveryCreatedRecord()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero));
        var document = SeedBuilder.EveryField().Build();
        await using (var db = store.Open())
            await ExchangeImporter.ImportAsync(db, document, new ImportAttribution("U-ADMIN", clock, "import seed.json"));

        await using var read = store.Open();
        var changeSet = await read.ChangeSets.Include(c => c.Changes).SingleAsync();

        Assert.Equal(("U-ADMIN", "import seed.json", clock.GetUtcNow().UtcDateTime), (changeSet.UserId, changeSet.Text, changeSet.At));
        Assert.All(changeSet.Changes, c => Assert.Equal(ChangeKind.Created, c.Kind));
        Assert.Equal(document.Deals.Select(d => d.Id), changeSet.Changes.Where(c => c.Entity == "deals").Select(c => c.RecordId));
        Assert.Equal(document.Users.Count + document.Accounts.Count + document.Contacts.Count + document.Deals.Count +
            document.Activities.Count + document.Tickets.Count + document.Tasks.Count, changeSet.Changes.Count);
    }

    [Fact]
    public async Task Import_UsersManagedByUsersLaterInTheFile_Succeeds()
    {
        var document = new SeedBuilder().User("U-A", "Ada Report", managerId: "U-Z").User("U-Z", "Zed Boss", UserRole.Manager).Build();

        var report = await Import(document);

        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
    }

    private async Task<ImportReport> Import(ExchangeDocument document)
    {
        await using var db = store.Open();
        return await ExchangeImporter.ImportAsync(db, document);
    }
}
