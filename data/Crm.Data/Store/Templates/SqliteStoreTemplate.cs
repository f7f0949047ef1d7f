using Crm.Data.Exchange;
using Microsoft.Data.Sqlite;

namespace Crm.Data.Store.Templates;

/// <summary>
/// A store loaded once and copied many times: an in-memory SQLite database, migrated and filled from
/// an exchange document, that hands out independent copies through SQLite's backup API in a few
/// milliseconds. Replay gives every case its own copy so no case sees another's writes.
/// </summary>
public sealed class SqliteStoreTemplate : IDisposable
{
    private readonly SqliteConnection template;
    private readonly Lock gate = new();

    private SqliteStoreTemplate(SqliteConnection template) => this.template = template;

    /// <summary>Migrates an empty in-memory database and imports the document; throws if the document is invalid.</summary>
    public static async Task<SqliteStoreTemplate> CreateAsync(ExchangeDocument document, CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using (var db = CrmStore.Open(connection))
            {
                await db.MigrateAsync(cancellationToken);
                var report = await ExchangeImporter.ImportAsync(db, document, cancellationToken: cancellationToken);
                if (!report.Succeeded)
                    throw new CrmStoreException("The seed cannot be loaded: " + string.Join("; ", report.Problems));
            }
            return new SqliteStoreTemplate(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>A fresh, independent copy of the template. Safe to call from several threads.</summary>
    public StoreCopy OpenCopy()
    {
        var copy = new SqliteConnection("Data Source=:memory:");
        copy.Open();
        lock (gate)
            template.BackupDatabase(copy);
        return new StoreCopy(copy);
    }

    public void Dispose() => template.Dispose();
}

/// <summary>One copy of a template store. Contexts opened on it share its connection; disposing it drops the copy.</summary>
public sealed class StoreCopy(SqliteConnection connection) : IDisposable, IAsyncDisposable
{
    public SqliteConnection Connection { get; } = connection;

    /// <summary>A new context over this copy; dispose it as usual (the copy stays open).</summary>
    public CrmDbContext CreateContext() => CrmStore.Open(Connection);

    public void Dispose() => Connection.Dispose();

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
