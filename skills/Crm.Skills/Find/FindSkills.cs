using System.ComponentModel;
using Crm.Data.Store;
using Crm.Skills.Results;
using Crm.Skills.Understanding.Index;

namespace Crm.Skills.Find;

/// <summary>
/// Finding records by name, alias, partial name or id, in English or Chinese, tolerant of small
/// typos, best first. Reads only. It searches the same store index the understanding engine reads
/// (<see cref="StoreIndexCache"/>), so both see a change, an import or another instance's write alike.
/// </summary>
public sealed class FindSkills(CrmDbContext db, StoreIndexCache indexes)
{
    /// <summary>How many gram-matched candidates are scored per lookup.</summary>
    private const int Candidates = 400;

    [Description("Find accounts, contacts, deals or tickets by name, alias, partial name or id (English or Chinese, small typos allowed), best match first.")]
    public async Task<SkillResult> FindAsync(
        [Description("What the user called it, e.g. 'Lakeview', 'lakeview renewal', '青松', 'T-101'")] string query,
        [Description("Only this kind of record; omit for all kinds")] FindKind? kind = null,
        [Description("Only records of this account (contacts, deals, tickets of it, or the account itself)")] string? accountId = null,
        [Description("How many matches at most")] int limit = 10,
        CancellationToken ct = default)
    {
        var entity = kind switch
        {
            FindKind.Account => "accounts",
            FindKind.Contact => "contacts",
            FindKind.Deal => "deals",
            FindKind.Ticket => "tickets",
            _ => null,
        };
        var index = await indexes.GetAsync(db, ct);
        var hits = index.Names.Search(NameText.Normalize(query), Candidates,
            e => (entity is null || e.Entity == entity) && (accountId is null || e.AccountId == accountId));
        var matches = hits
            .OrderByDescending(h => h.Score).ThenBy(h => h.Entry.Name.Length).ThenBy(h => h.Entry.Id, StringComparer.Ordinal)
            .Take(Math.Clamp(limit, 1, 50))
            .Select(h => new FoundRecord(h.Entry.Entity, h.Entry.Id, h.Entry.Name, h.Entry.Detail, Math.Round(h.Score, 3))
            {
                AccountId = h.Entry.AccountId,
                MatchedName = h.MatchedName,
            })
            .ToList();
        return new FindResult(query, matches);
    }
}
