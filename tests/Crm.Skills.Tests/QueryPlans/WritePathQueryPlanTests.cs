using System.Data.Common;
using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Data.Store;
using Crm.Skills.Activities;
using Crm.Skills.Contacts;
using Crm.Skills.Deals;
using Crm.Skills.Tasks;
using Crm.Skills.Tests.Infrastructure;
using Crm.Skills.Tickets;
using Crm.Skills.Understanding.Index;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Skills.Tests.QueryPlans;

/// <summary>
/// The reads every write makes (the next readable id, and bringing the name index up to date from the
/// audit trail) run on every busy message, against tables that grow with each one. Each must find its
/// rows through an index: a full scan or a sort of such a table makes every message slower than the
/// last, and on SQLite the id read happens while the message holds the store's only write lock.
/// SQLite's own plan for each read, with the parameters the message used, is what is checked.
/// </summary>
public sealed class WritePathQueryPlanTests
{
    [Fact]
    public async Task NewRecordIdsAndIndexUpdates_UseIndexes_NeitherScanningNorSortingATable()
    {
        var log = new SelectLog();
        await using var store = await TestStore.CreateAsync(s => s.Standard(), interceptors: log);
        await RefreshIndexAsync(store); // the first build reads every indexed table, by design
        log.Clear();

        await store.SendAsync<TaskSkills>("U-REP", s => s.CreateTaskAsync("send the renewal quote"));
        await store.SendAsync<ActivitySkills>("U-REP", s => s.LogActivityAsync("ACC-NB", ActivityType.Call, "talked through pricing"));
        await store.SendAsync<TicketSkills>("U-REP", s => s.OpenTicketAsync("ACC-NB", "exports time out"));
        await store.SendAsync<DealSkills>("U-REP", s => s.UpdateDealAsync("D-1001", DealStage.Negotiation));
        var patched = await RefreshIndexAsync(store); // a stage move and a new ticket: patched from the audit trail
        await store.SendAsync<ContactSkills>("U-REP", s => s.AddContactAsync("ACC-NB", "Dana Whitfield"));
        await store.SendAsync<DealSkills>("U-REP", s => s.CreateDealAsync("ACC-NB", "Northbridge cold storage"));

        Assert.Equal(DealStage.Negotiation, patched.Deals["D-1001"].Stage);
        var plans = await PlansAsync(store, log.Selects);
        var idReads = plans.Where(p => p.Sql.Contains("ORDER BY length(", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, idReads.Count); // task, activity, ticket, contact, deal
        Assert.All(idReads, p => Assert.True(
            p.Steps.Any(s => s.Contains("_IdLength", StringComparison.Ordinal)) && !p.Steps.Any(s => s.Contains("TEMP B-TREE", StringComparison.Ordinal)),
            Describe(p)));
        var auditReads = plans.Where(p => p.Sql.Contains("FROM \"field_changes\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(auditReads);
        Assert.All(auditReads, p => Assert.True(p.Steps.Any(s => s.Contains("IX_field_changes_ChangeSetId", StringComparison.Ordinal)), Describe(p)));
    }

    private static string Describe((string Sql, List<string> Steps) plan) => $"{string.Join(" / ", plan.Steps)}\n{plan.Sql}";

    private static async Task<StoreIndex> RefreshIndexAsync(TestStore store)
    {
        await using var scope = store.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        return await scope.ServiceProvider.GetRequiredService<StoreIndexCache>().GetAsync(db, CancellationToken.None);
    }

    /// <summary>SQLite's plan for each logged read, asked with the same parameters on the same store.</summary>
    private static async Task<List<(string Sql, List<string> Steps)>> PlansAsync(TestStore store, IEnumerable<LoggedSelect> selects)
    {
        await using var db = store.NewContext();
        await db.Database.OpenConnectionAsync();
        var plans = new List<(string, List<string>)>();
        foreach (var select in selects)
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + select.Sql;
            foreach (var (name, value) in select.Parameters)
            {
                command.Parameters.Add(new SqliteParameter(name, value ?? DBNull.Value));
            }
            var steps = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                steps.Add(reader.GetString(3));
            }
            plans.Add((select.Sql, steps));
        }
        return plans;
    }

    private sealed record LoggedSelect(string Sql, List<(string Name, object? Value)> Parameters);

    /// <summary>Every query the messages' contexts ran, with its parameters.</summary>
    private sealed class SelectLog : DbCommandInterceptor
    {
        private readonly List<LoggedSelect> _selects = [];

        public IReadOnlyList<LoggedSelect> Selects
        {
            get { lock (_selects) return [.. _selects]; }
        }

        public void Clear()
        {
            lock (_selects) _selects.Clear();
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
            {
                var parameters = command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value)).ToList();
                lock (_selects) _selects.Add(new LoggedSelect(command.CommandText, parameters));
            }
            return ValueTask.FromResult(result);
        }
    }
}
