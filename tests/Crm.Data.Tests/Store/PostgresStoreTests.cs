using Crm.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Crm.Data.Tests.Store;

public sealed class PostgresStoreTests : IAsyncLifetime
{
    private TestStore? store;

    private TestStore Store => store ?? throw new InvalidOperationException($"{PostgresServer.Variable} is not set.");

    public async Task InitializeAsync()
    {
        if (PostgresServer.ConnectionString is not null)
            store = await TestStore.PostgresAsync(new PostgresServer());
    }

    public async Task DisposeAsync()
    {
        if (store is not null)
            await store.DisposeAsync();
    }

    [PostgresFact]
    public Task Migrate_EmptyPostgresDatabase_SchemaMatchesModel() =>
        StoreContract.SchemaMatchesModelAsync(Store, SchemaFacts.FromPostgresAsync, foreignKeyNames: true);

    [PostgresFact]
    public Task EveryEntity_WrittenToPostgres_ReadsBackFieldForField() => StoreContract.EveryEntityRoundTripsAsync(Store);

    [PostgresFact]
    public Task SaveChanges_StaleDealOnPostgres_ThrowsConcurrencyException() => StoreContract.StaleWriteIsRefusedAsync(Store);

    [PostgresFact]
    public Task AuditRows_InsertedIntoPostgres_ReadBackInOrder() => StoreContract.AuditRowsInsertedAsOneStatementReadBackInOrderAsync(Store);

    [PostgresFact]
    public Task TableRowCounts_OnPostgres_FollowEveryInsertAndDeleteButNotARollback() => StoreContract.TableRowCountsFollowEveryWriteAsync(Store);

    [PostgresFact]
    public Task TableRowCounts_OnUpgradingAPostgresStoreWithData_AreBackFilled() => StoreContract.TableRowCountsBackFilledOnUpgradeAsync(Store);

    [PostgresFact]
    public async Task TableRowCounts_OnPostgres_CountEveryRowOfAStatementAndATruncate()
    {
        await Store.ImportAsync(SeedBuilder.EveryField().Build());
        await using (var db = Store.Open())
        {
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO account_aliases ("AccountId", "Alias", "NormalizedAlias", "Position") VALUES ('ACC-1', 'Mills', 'mills', 5), ('ACC-1', 'LM', 'lm', 6)
                """);
            await db.Database.ExecuteSqlRawAsync("TRUNCATE tickets CASCADE");
        }

        var counts = await StoreContract.CountsAsync(Store);

        Assert.Equal((5L, 0L), counts["account_aliases"]);
        Assert.Equal((1L, 1L), counts["tickets"]);
        await StoreContract.RowCountsMatchTablesAsync(Store);
    }
}
