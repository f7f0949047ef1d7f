using Crm.Bot.Store;
using Crm.Data.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bot.Tests.Store;

public sealed class StoreConfigurationTests
{
    [Fact]
    public void Read_NothingConfigured_IsSqliteFileInUserDataFolder()
    {
        var options = StoreConfiguration.Read(Configuration());

        Assert.Equal(StoreProvider.Sqlite, options.Provider);
        Assert.Contains(Path.Combine("Crm.Bot", "crm.db"), options.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PostgresWithoutConnectionString_IsRefusedWithTheSettingToFix()
    {
        var error = Assert.Throws<CrmStoreException>(() => StoreConfiguration.Read(Configuration(("Crm:StoreProvider", "postgres"))));

        Assert.Contains("ConnectionStrings__Crm", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddCrmStore_Postgres_ResolvesCrmDbContextAsPostgresSubclass()
    {
        var configuration = Configuration(("Crm:StoreProvider", "Postgres"), ("ConnectionStrings:Crm", "Host=127.0.0.1;Database=crm"));
        var services = new ServiceCollection().AddCrmStore(StoreConfiguration.Read(configuration)).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();

        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();

        Assert.IsType<PostgresCrmDbContext>(db);
        Assert.Same(db, scope.ServiceProvider.GetRequiredService<PostgresCrmDbContext>());
    }

    [Fact]
    public void Read_UnknownProvider_IsRefused() =>
        Assert.Throws<CrmStoreException>(() => StoreConfiguration.Read(Configuration(("Crm:StoreProvider", "mysql"))));

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
