using Crm.Data.Store;
using Crm.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Data.Tests.Store;

public sealed class SqliteStoreTests : IAsyncLifetime
{
    private TestStore store = null!;

    public async Task InitializeAsync() => store = await TestStore.SqliteFileAsync();

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public Task Migrate_EmptySqliteFile_SchemaMatchesModel() =>
        StoreContract.SchemaMatchesModelAsync(store, SchemaFacts.FromSqliteAsync, foreignKeyNames: false);

    [Fact]
    public Task EveryEntity_WrittenToSqliteFile_ReadsBackFieldForField() => StoreContract.EveryEntityRoundTripsAsync(store);

    [Fact]
    public Task SaveChanges_StaleDealOnSqlite_ThrowsConcurrencyException() => StoreContract.StaleWriteIsRefusedAsync(store);

    [Fact]
    public Task AuditRows_InsertedIntoSqliteFile_ReadBackInOrder() => StoreContract.AuditRowsInsertedAsOneStatementReadBackInOrderAsync(store);

    [Fact]
    public Task TableRowCounts_OnSqlite_FollowEveryInsertAndDeleteButNotARollback() => StoreContract.TableRowCountsFollowEveryWriteAsync(store);

    [Fact]
    public Task TableRowCounts_OnUpgradingASqliteStoreWithData_AreBackFilled() => StoreContract.TableRowCountsBackFilledOnUpgradeAsync(store);

    [Fact]
    public async Task Migrate_SecondTime_ChangesNothingAndUsesWal()
    {
        await using var db = store.Open();

        var appliedBefore = await db.Database.GetAppliedMigrationsAsync();

        await db.MigrateAsync();

        Assert.Equal(appliedBefore, await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), appliedBefore);
        var mode = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync();
        Assert.Equal("wal", mode);
    }

    [Fact]
    public async Task MigrateDown_ToEmpty_DropsEveryTable()
    {
        await using var db = store.Open();
        await db.Database.OpenConnectionAsync();

        await db.GetService<IMigrator>().MigrateAsync(Migration.InitialDatabase);

        var remaining = await SchemaFacts.FromSqliteAsync(db.Database.GetDbConnection());
        Assert.Empty(remaining);
    }

    [Fact]
    public async Task SaveChanges_VersionSetByCaller_IsKeptAsUndoNeeds()
    {
        await store.ImportAsync(SeedBuilder.EveryField().Build());
        var restored = Guid.NewGuid();
        await using (var db = store.Open())
        {
            var ticket = await db.Tickets.SingleAsync(t => t.Id == "T-1");
            ticket.Status = Crm.Data.Tickets.TicketStatus.Closed;
            ticket.Version = restored;
            await db.SaveChangesAsync();
        }

        await using var read = store.Open();

        Assert.Equal(restored, (await read.Tickets.SingleAsync(t => t.Id == "T-1")).Version);
    }
}
