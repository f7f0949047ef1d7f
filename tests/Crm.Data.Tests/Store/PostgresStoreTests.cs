using Crm.Data.Tests.Support;

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
}
