using System.Net;
using Crm.Data.Store;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bot.Tests.Store;

public sealed class ServeStoreTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "crm-serve-tests", Guid.NewGuid().ToString("N"));

    private string ConnectionString => $"Data Source={Path.Combine(folder, "crm.db")}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task TestHost_DemoDataTurnedOff_StartsOnEmptyMigratedStore()
    {
        await using var app = Start(("Crm:DemoData", "false"));

        var health = await app.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(0, await Count(app, db => db.Users.CountAsync()));
        await using var scope = app.Services.CreateAsyncScope();
        Assert.IsType<SqliteCrmDbContext>(scope.ServiceProvider.GetRequiredService<CrmDbContext>());
    }

    [Fact]
    public async Task TestHost_ConfigurationFiles_AreReadOnceAndNotWatched()
    {
        await using var app = Start(("Crm:DemoData", "false"));
        _ = app.Server;

        var files = ((IConfigurationRoot)app.Services.GetRequiredService<IConfiguration>()).Providers.OfType<FileConfigurationProvider>().ToList();

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.False(file.Source.ReloadOnChange, $"{file.Source.Path} is watched for changes"));
    }

    private WebApplicationFactory<Program> Start(params (string Key, string Value)[] settings)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("ConnectionStrings:Crm", ConnectionString);
            foreach (var (key, value) in settings)
                b.UseSetting(key, value);
        });
        _ = factory.Server;
        return factory;
    }

    private static async Task<int> Count(WebApplicationFactory<Program> app, Func<CrmDbContext, Task<int>> count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await count(scope.ServiceProvider.GetRequiredService<CrmDbContext>());
    }
}
