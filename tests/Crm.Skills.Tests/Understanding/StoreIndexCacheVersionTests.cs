using Crm.Data.Deals;
using Crm.Data.Exchange;
using Crm.Data.Activities;
using Crm.Skills.Activities;
using Crm.Skills.Deals;
using Crm.Skills.Find;
using Crm.Skills.Results;
using Crm.Skills.Tests.Infrastructure;
using Crm.Skills.Understanding.Index;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Understanding;

/// <summary>
/// The one store index (engine and Find) follows the store: an import or another instance's write is
/// seen by the next use, and writes that change no indexed record keep the index as it is.
/// </summary>
public sealed class StoreIndexCacheVersionTests
{
    private static ExchangeDocument OneAccount(string id, string name) => new()
    {
        Accounts = [new ExchangeAccount { Id = id, Name = name, OwnerId = "U-REP", Aliases = ["Zephyrine"] }],
    };

    [Fact]
    public async Task Find_AfterAnImportOutsideTheBot_FindsTheImportedAccountByAlias()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        await store.SendAsync<FindSkills>("U-REP", s => s.FindAsync("northbridge"));

        await using (var importer = store.NewContext())
            Assert.True((await ExchangeImporter.ImportAsync(importer, OneAccount("ACC-ZW", "Zephyr Windworks"))).Succeeded);
        var turn = await store.SendAsync<FindSkills>("U-REP", s => s.FindAsync("zephyrin"));

        Assert.Equal("ACC-ZW", turn.Result<FindResult>().Matches.First().Id);
    }

    [Fact]
    public async Task Get_AfterAnotherInstanceChangesADealStage_RebuildsWithTheNewStage()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        var otherInstance = new StoreIndexCache();
        await using var db = store.NewContext();
        var before = await otherInstance.GetAsync(db, CancellationToken.None);

        await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1001", DealStage.Won));
        var after = await otherInstance.GetAsync(db, CancellationToken.None);

        Assert.True(before.Deals["D-1001"].IsOpen);
        Assert.False(after.Deals["D-1001"].IsOpen);
    }

    [Fact]
    public async Task Get_AfterOnlyAnActivityIsLogged_KeepsTheSameIndex()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        var cache = new StoreIndexCache();
        await using var db = store.NewContext();
        var before = await cache.GetAsync(db, CancellationToken.None);

        var logged = await store.SendAsync<ActivitySkills>("U-REP", s => s.LogActivityAsync("ACC-NB", ActivityType.Call, "checked the fleet pilot"));
        var after = await cache.GetAsync(db, CancellationToken.None);

        Assert.IsType<ChangeResult>(logged.Outcome);
        Assert.Same(before, after);
    }

    [Fact]
    public async Task Get_AfterAnImport_IndexesTheNewAccountForTheEngineToo()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        var cache = new StoreIndexCache();
        await using var db = store.NewContext();
        await cache.GetAsync(db, CancellationToken.None);

        await ExchangeImporter.ImportAsync(db, OneAccount("ACC-ZW", "Zephyr Windworks"));
        var after = await cache.GetAsync(db, CancellationToken.None);

        Assert.Contains(MentionFinder.Find(after.AccountNames, "met the zephyr windworks team"), m => m.Id == "ACC-ZW");
    }

    [Fact]
    public async Task Get_WithAFingerprintOlderThanTheCachedIndex_KeepsTheNewerIndex()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        var cache = new StoreIndexCache();
        await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1001", DealStage.Won));
        await using var db = store.NewContext();
        var newer = await cache.GetAsync(db, CancellationToken.None);
        // A turn that read the store just before the last write commits sees one change set fewer.
        var last = await db.ChangeSets.OrderByDescending(c => c.Id).FirstAsync();
        db.FieldChanges.RemoveRange(db.FieldChanges.Where(f => f.ChangeSetId == last.Id));
        db.ChangeSets.Remove(last);
        await db.SaveChangesAsync();

        var seenByTheLateTurn = await cache.GetAsync(db, CancellationToken.None);

        Assert.Same(newer, seenByTheLateTurn);
    }
}
