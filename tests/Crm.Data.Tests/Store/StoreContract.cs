using Crm.Data.Accounts;
using Crm.Data.Audit;
using Crm.Data.Contacts;
using Crm.Data.Migrations;
using Crm.Data.Store;
using Crm.Data.Exchange;
using Crm.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

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

    /// <summary>
    /// Rows inserted into and deleted from the indexed tables are counted however they are written (an import, EF,
    /// SQL by hand, a cascade), and a rolled-back write is not: the name index trusts these counts to see every row
    /// that came or went outside the audit trail.
    /// </summary>
    public static async Task TableRowCountsFollowEveryWriteAsync(TestStore store)
    {
        await store.ImportAsync(SeedBuilder.EveryField().Build());
        await using (var db = store.Open())
        {
            db.Accounts.Add(new Account
            {
                Id = "ACC-9", Name = "Harbor Light", OwnerId = "U-REP",
                Aliases = [new() { AccountId = "ACC-9", Alias = "Harbor", NormalizedAlias = "harbor" }, new() { AccountId = "ACC-9", Alias = "HL", NormalizedAlias = "hl" }],
            });
            await db.SaveChangesAsync();
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                db.Contacts.Add(new Contact { Id = "CON-9", AccountId = "ACC-9", Name = "Noor Haddad" });
                await db.SaveChangesAsync();
                await transaction.RollbackAsync();
            }
            // By hand, and the account's aliases go with it by cascade.
            await db.Database.ExecuteSqlRawAsync("""DELETE FROM "accounts" WHERE "Id" = 'ACC-9'""");
        }

        var counts = await CountsAsync(store);

        Assert.Equal((3L, 1L), counts["accounts"]);
        Assert.Equal((5L, 2L), counts["account_aliases"]);
        Assert.Equal((2L, 0L), counts["contacts"]);
        Assert.Equal((4L, 0L), counts["users"]);
        Assert.Equal((2L, 0L), counts["deals"]);
        Assert.Equal((1L, 0L), counts["tickets"]);
        await RowCountsMatchTablesAsync(store);
    }

    /// <summary>A store that had data before the counts existed gets them counted by the upgrade; going down drops them.</summary>
    public static async Task TableRowCountsBackFilledOnUpgradeAsync(TestStore store)
    {
        await using (var db = store.Open())
            await db.GetService<IMigrator>().MigrateAsync("20261123000000_ReadableIdIndexes");
        await store.ImportAsync(SeedBuilder.EveryField().Build());

        await using (var db = store.Open())
            await db.MigrateAsync();

        var counts = await CountsAsync(store);
        Assert.Equal((2L, 0L), counts["accounts"]);
        Assert.Equal((3L, 0L), counts["account_aliases"]);
        Assert.Equal((4L, 0L), counts["users"]);
        await RowCountsMatchTablesAsync(store);
    }

    public static async Task<Dictionary<string, (long Inserted, long Deleted)>> CountsAsync(TestStore store)
    {
        await using var db = store.Open();
        var counts = await db.Set<TableRowCount>().AsNoTracking().ToDictionaryAsync(c => c.Table, c => (c.Inserted, c.Deleted));
        Assert.Equal(TableRowCounts.Tables.Order(), counts.Keys.Order());
        return counts;
    }

    /// <summary>Inserted minus deleted is what each table holds.</summary>
    public static async Task RowCountsMatchTablesAsync(TestStore store)
    {
        var counts = await CountsAsync(store);
        await using var db = store.Open();
        foreach (var table in TableRowCounts.Tables)
        {
            var count = $"""SELECT COUNT(*) AS "Value" FROM "{table}" """; // a table's name, from the list above
            var rows = await db.Database.SqlQueryRaw<long>(count).SingleAsync();
            Assert.True(counts[table].Inserted - counts[table].Deleted == rows, $"{table}: {counts[table]} counted, {rows} rows");
        }
    }
}
