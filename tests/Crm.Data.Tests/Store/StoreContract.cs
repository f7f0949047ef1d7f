using Crm.Data.Audit;
using Crm.Data.Exchange;
using Crm.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Crm.Data.Tests.Store;

/// <summary>What every provider's store must do; the SQLite and PostgreSQL test classes run the same checks.</summary>
internal static class StoreContract
{
    public static async Task SchemaMatchesModelAsync(TestStore store, Func<System.Data.Common.DbConnection, Task<List<string>>> readSchema, bool foreignKeyNames)
    {
        await using var db = store.Open();
        var expected = SchemaFacts.FromModel(db, foreignKeyNames);
        await db.Database.OpenConnectionAsync();

        var actual = await readSchema(db.Database.GetDbConnection());

        Assert.Equal(expected, actual);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    public static async Task EveryEntityRoundTripsAsync(TestStore store)
    {
        var document = SeedBuilder.EveryField().Build();
        await store.ImportAsync(document);
        await using (var db = store.Open())
        {
            db.ChangeSets.Add(new ChangeSet
            {
                UserId = "U-REP", At = new DateTime(2026, 5, 6, 7, 8, 9, DateTimeKind.Utc), ConversationId = "conv-1", MessageId = "msg-1",
                Text = "move D-1 to proposal", Undoes = 7, UndoneBy = 9,
                Changes = [new FieldChange { Entity = "deals", RecordId = "D-1", Kind = ChangeKind.Updated, Field = "stage", OldValue = "needs_analysis", NewValue = "proposal" }],
            });
            await db.SaveChangesAsync();
        }

        var exported = await store.ExportJsonAsync();

        Assert.Equal(ExchangeJson.Serialize(document with { ExportedAt = null }), exported);
        await using var read = store.Open();
        var changeSet = await read.ChangeSets.Include(c => c.Changes).SingleAsync();
        Assert.Equal(("U-REP", "conv-1", "msg-1", 7L, 9L), (changeSet.UserId, changeSet.ConversationId, changeSet.MessageId, changeSet.Undoes!.Value, changeSet.UndoneBy!.Value));
        Assert.Equal(new DateTime(2026, 5, 6, 7, 8, 9, DateTimeKind.Utc), changeSet.At);
        Assert.Equal(DateTimeKind.Utc, changeSet.At.Kind);
        var change = Assert.Single(changeSet.Changes);
        Assert.Equal((ChangeKind.Updated, "stage", "needs_analysis", "proposal"), (change.Kind, change.Field, change.OldValue, change.NewValue));
    }

    public static async Task StaleWriteIsRefusedAsync(TestStore store)
    {
        await store.ImportAsync(SeedBuilder.EveryField().Build());
        await using var first = store.Open();
        await using var second = store.Open();
        var mine = await first.Deals.SingleAsync(d => d.Id == "D-1");
        var theirs = await second.Deals.SingleAsync(d => d.Id == "D-1");
        var before = mine.Version;

        mine.NextStep = "Send the order form";
        await first.SaveChangesAsync();
        theirs.NextStep = "Wait for budget";

        Assert.NotEqual(before, mine.Version);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    /// <summary>More rows than one statement takes, every kind, nulls and non-ASCII text: read back as EF reads them, in order.</summary>
    public static async Task AuditRowsInsertedAsOneStatementReadBackInOrderAsync(TestStore store)
    {
        long changeSetId;
        await using (var db = store.Open())
        {
            var changeSet = new ChangeSet { UserId = "U-REP", At = new DateTime(2026, 5, 6, 7, 8, 9, DateTimeKind.Utc), Text = "bulk" };
            db.ChangeSets.Add(changeSet);
            await db.SaveChangesAsync();
            changeSetId = changeSet.Id;
        }
        var kinds = new[] { ChangeKind.Created, ChangeKind.Updated, ChangeKind.Deleted };
        var rows = Enumerable.Range(0, 1_203).Select(i => new FieldChange
        {
            ChangeSetId = changeSetId, Entity = "deals", RecordId = $"D-{i}", Kind = kinds[i % 3], Field = "name",
            OldValue = i % 3 == 0 ? null : $"旧名 {i}", NewValue = i % 3 == 2 ? null : $"new {{name}} {i}",
        }).ToList();

        await using (var db = store.Open())
            await FieldChangeRows.InsertAsync(db, rows, CancellationToken.None);

        await using var read = store.Open();
        var stored = await read.FieldChanges.Where(f => f.ChangeSetId == changeSetId).OrderBy(f => f.Id).ToListAsync();
        Assert.Equal(
            rows.Select(r => (r.Entity, r.RecordId, r.Kind, r.Field, r.OldValue, r.NewValue)),
            stored.Select(r => (r.Entity, r.RecordId, r.Kind, r.Field, r.OldValue, r.NewValue)));
    }
}
