using System.Globalization;
using Crm.Data.Activities;
using Crm.Data.Contacts;
using Crm.Data.Deals;
using Crm.Data.Store;
using Crm.Data.Tasks;
using Crm.Data.Tickets;
using Crm.Skills.Invoking;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Ids;

/// <summary>
/// Readable ids for new records in the store's own style (ACT-0105, TSK-09, T-516, CON-043, D-1034):
/// one more than the highest number already used with that prefix, so gaps and imports are harmless.
/// Runs inside the message's transaction, so two writes in one message get different numbers, and
/// claims the prefix first, so two messages at the same instant never read the same highest number:
/// the second waits until the first has committed (see <see cref="ClaimAsync"/>).
/// </summary>
public sealed class RecordIds(CrmDbContext db, ChangeWriter writer)
{
    public Task<string> NextActivityIdAsync(CancellationToken ct) => NextAsync(HighestIds<Activity>.Query, "ACT-", 4, 1, ct);
    public Task<string> NextTaskIdAsync(CancellationToken ct) => NextAsync(HighestIds<CrmTask>.Query, "TSK-", 2, 1, ct);
    public Task<string> NextTicketIdAsync(CancellationToken ct) => NextAsync(HighestIds<Ticket>.Query, "T-", 3, 501, ct);
    public Task<string> NextContactIdAsync(CancellationToken ct) => NextAsync(HighestIds<Contact>.Query, "CON-", 3, 1, ct);
    public Task<string> NextDealIdAsync(CancellationToken ct) => NextAsync(HighestIds<Deal>.Query, "D-", 4, 1001, ct);

    private async Task<string> NextAsync(PerModelQuery<Func<CrmDbContext, string, IAsyncEnumerable<string>>> topIds, string prefix, int width, int first, CancellationToken ct)
    {
        await ClaimAsync(prefix, ct);
        var top = await topIds.For(db)(db, prefix).ToListAsync(ct);
        var unsaved = db.ChangeTracker.Entries()
            .Select(e => e.Entity switch { Activity a => a.Id, CrmTask t => t.Id, Ticket t => t.Id, Contact c => c.Id, Deal d => d.Id, _ => null })
            .OfType<string>().Where(id => id.StartsWith(prefix, StringComparison.Ordinal));
        var numbered = top.Concat(unsaved)
            .Select(id => (Id: id, Number: long.TryParse(id.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1))
            .Where(x => x.Number >= 0).ToList();
        var highest = numbered.Count > 0 ? numbered.MaxBy(x => x.Number) : (Id: "", Number: first - 1L);
        var next = Math.Max(highest.Number + 1, first);
        // Keep the padding the store already uses, so ids keep sorting the way they read.
        var padding = Math.Max(width, highest.Id.Length - prefix.Length);
        return prefix + next.ToString(CultureInfo.InvariantCulture).PadLeft(padding, '0');
    }

    /// <summary>
    /// Holds the prefix until the message commits or rolls back. SQLite: the message's transaction is
    /// BEGIN IMMEDIATE, the store's single write lock. PostgreSQL: a transaction-scoped advisory lock per
    /// prefix, so messages creating other kinds of records, and every reader, go on unhindered.
    /// </summary>
    private async Task ClaimAsync(string prefix, CancellationToken ct)
    {
        await writer.EnsureTransactionAsync(ct);
        if (StoreProviders.IsNpgsql(db))
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"crm-record-id:" + prefix}))", ct);
    }

    /// <summary>
    /// The highest 50 ids of a table with the prefix: longest, then greatest, first, which for digit suffixes is
    /// numeric order, read from the (length, id) index (ReadableIdIndexes) rather than by sorting the whole table
    /// inside the write lock. Compiled, since every new record asks (one per record type and model).
    /// </summary>
    private static class HighestIds<T> where T : class
    {
        public static readonly PerModelQuery<Func<CrmDbContext, string, IAsyncEnumerable<string>>> Query = new(() =>
            EF.CompileAsyncQuery((CrmDbContext db, string prefix) => db.Set<T>().Select(r => EF.Property<string>(r, "Id"))
                .Where(id => id.StartsWith(prefix)).OrderByDescending(id => id.Length).ThenByDescending(id => id).Take(50)));
    }
}
