using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Crm.Data.Store;

/// <summary>Brings a store up to the current schema with the hand-written migrations (never EnsureCreated).</summary>
public static class CrmStoreMigrator
{
    public static async Task MigrateAsync(this CrmDbContext db, CancellationToken cancellationToken = default)
    {
        var sqliteFile = db.Database.IsSqlite() ? SqliteFilePath(db) : null;
        if (sqliteFile is not null)
            CreateFolder(sqliteFile);
        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(db, static (d, ct) => d.Database.MigrateAsync(ct), cancellationToken);
            // WAL lets the web host read while a command-line import writes; it is a property of the file.
            if (sqliteFile is not null)
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            throw new CrmStoreException($"Cannot open or upgrade the store: {e.GetBaseException().Message}", e);
        }
    }

    private static string? SqliteFilePath(CrmDbContext db)
    {
        var source = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        return string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.Ordinal)
            ? null
            : Path.GetFullPath(source);
    }

    private static void CreateFolder(string file)
    {
        var folder = Path.GetDirectoryName(file);
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
    }
}
