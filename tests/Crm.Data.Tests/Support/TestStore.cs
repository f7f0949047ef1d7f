using Crm.Data.Exchange;
using Crm.Data.Store;
using Microsoft.Data.Sqlite;

namespace Crm.Data.Tests.Support;

/// <summary>A real store for one test: a migrated SQLite file in a temp folder, or a fresh PostgreSQL database.</summary>
internal sealed class TestStore : IAsyncDisposable
{
    private readonly string? folder;
    private readonly PostgresServer? server;

    private TestStore(CrmStoreOptions options, string? folder, PostgresServer? server = null) =>
        (Options, this.folder, this.server) = (options, folder, server);

    public CrmStoreOptions Options { get; }

    public static async Task<TestStore> SqliteFileAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "crm-tests", Guid.NewGuid().ToString("N"));
        var store = new TestStore(CrmStoreOptions.SqliteFile(Path.Combine(folder, "crm.db")), folder);
        await using var db = store.Open();
        await db.MigrateAsync();
        return store;
    }

    public static async Task<TestStore> PostgresAsync(PostgresServer server)
    {
        var store = new TestStore(CrmStoreOptions.Postgres(await server.CreateDatabaseAsync()), null, server);
        await using var db = store.Open();
        await db.MigrateAsync();
        return store;
    }

    public CrmDbContext Open() => CrmStore.Open(Options);

    public async Task ImportAsync(ExchangeDocument document)
    {
        await using var db = Open();
        var report = await ExchangeImporter.ImportAsync(db, document);
        Assert.True(report.Succeeded, string.Join("\n", report.Problems));
    }

    /// <summary>The whole store as exchange JSON, without the export time, for before/after comparisons.</summary>
    public async Task<string> ExportJsonAsync()
    {
        await using var db = Open();
        var document = await ExchangeExporter.ExportAsync(db, TimeProvider.System);
        return ExchangeJson.Serialize(document with { ExportedAt = null });
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (folder is not null && Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        if (server is not null)
            await server.DropDatabaseAsync(Options.ConnectionString);
    }
}
