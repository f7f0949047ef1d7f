using Crm.Data.Store;
using Crm.Data.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Crm.Data.Tests.Store;

/// <summary>Every SQLite connection the store uses is set up, whether new or reused from the pool.</summary>
public sealed class SqliteConnectionTests
{
    [Fact]
    public async Task EveryContext_OnNewAndReusedPooledConnections_RunsWithSynchronousNormal() =>
        Assert.All(await PragmaOnFourConnectionsAsync("synchronous"), mode => Assert.Equal(1L, mode)); // 1 = NORMAL (the default is 2 = FULL)

    [Fact]
    public async Task EveryContext_OnNewAndReusedPooledConnections_KeepsTemporaryTablesInMemory() =>
        Assert.All(await PragmaOnFourConnectionsAsync("temp_store"), mode => Assert.Equal(2L, mode)); // 2 = MEMORY (the default is 0, a file)

    private static async Task<List<long>> PragmaOnFourConnectionsAsync(string pragma)
    {
        await using var store = await TestStore.SqliteFileAsync();
        var seen = new List<long>();

        for (var i = 0; i < 4; i++)
        {
            if (i == 2)
                SqliteConnection.ClearAllPools(); // the next context gets a brand-new native connection
            await using var db = store.Open();
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA " + pragma;
            seen.Add((long)(await command.ExecuteScalarAsync())!);
        }
        return seen;
    }
}
