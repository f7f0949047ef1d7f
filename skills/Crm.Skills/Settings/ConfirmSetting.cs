using Crm.Data.Settings;
using Crm.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Settings;

/// <summary>"Confirm before writing": the user's own choice wins, then the company default, else off.</summary>
public sealed class ConfirmSetting(CrmDbContext db)
{
    // Compiled: every writing message asks.
    private static readonly PerModelQuery<Func<CrmDbContext, string, IAsyncEnumerable<Setting>>> Choices = new(() =>
        EF.CompileAsyncQuery((CrmDbContext db, string userId) => db.Set<Setting>().AsNoTracking()
            .Where(s => s.Name == SettingNames.ConfirmBeforeWriting && (s.Scope == userId || s.Scope == Setting.CompanyScope))));

    public async Task<bool> IsOnAsync(string userId, CancellationToken ct)
    {
        var values = new List<Setting>(2);
        await foreach (var value in Choices.For(db)(db, userId).WithCancellation(ct))
            values.Add(value);
        var chosen = values.FirstOrDefault(s => s.Scope == userId) ?? values.FirstOrDefault();
        return chosen is not null && bool.TryParse(chosen.Value, out var on) && on;
    }
}
