using Crm.Data.Store.Templates;
using Crm.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Crm.Data.Tests.Store;

public sealed class SqliteStoreTemplateTests
{
    [Fact]
    public async Task OpenCopy_WriteInOneCopy_IsNotSeenByTemplateOrOtherCopies()
    {
        using var template = await SqliteStoreTemplate.CreateAsync(SeedBuilder.EveryField().Build());
        await using var first = template.OpenCopy();
        await using var second = template.OpenCopy();

        await using (var db = first.CreateContext())
        {
            var deal = await db.Deals.SingleAsync(d => d.Id == "D-1");
            deal.Name = "Renamed in the first copy";
            db.Deals.Remove(await db.Deals.SingleAsync(d => d.Id == "D-2"));
            db.Activities.RemoveRange(db.Activities.Where(a => a.DealId == "D-2"));
            await db.SaveChangesAsync();
        }

        await using var third = template.OpenCopy();
        foreach (var copy in new[] { second, third })
        {
            await using var db = copy.CreateContext();
            Assert.Equal("Deal D-1", (await db.Deals.SingleAsync(d => d.Id == "D-1")).Name);
            Assert.Equal(2, await db.Deals.CountAsync());
        }
        await using var changed = first.CreateContext();
        Assert.Equal("Renamed in the first copy", (await changed.Deals.SingleAsync(d => d.Id == "D-1")).Name);
    }

    [Fact]
    public async Task OpenCopy_HundredCopies_EachHoldsTheWholeTemplate()
    {
        using var template = await SqliteStoreTemplate.CreateAsync(SeedBuilder.EveryField().Build());
        template.OpenCopy().Dispose();

        // How fast copies are is for the replay timing, not for a test.
        for (var i = 0; i < 100; i++)
        {
            await using var copy = template.OpenCopy();
            await using var db = copy.CreateContext();
            Assert.Equal(4, await db.Users.CountAsync());
        }
    }

    [Fact]
    public async Task CreateAsync_InvalidSeed_ThrowsWithTheProblems()
    {
        var seed = new SeedBuilder().Account("ACC-1", "Orphan Co", "U-MISSING").Build();

        var error = await Assert.ThrowsAsync<Crm.Data.Store.CrmStoreException>(() => SqliteStoreTemplate.CreateAsync(seed));

        Assert.Contains("$.accounts[0].ownerId: 'U-MISSING'", error.Message, StringComparison.Ordinal);
    }
}
