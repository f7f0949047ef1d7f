using Crm.Data.Audit;
using Crm.Data.Channels;
using Crm.Data.Deals;
using Crm.Data.Store;
using Crm.Data.Tickets;
using Crm.Skills.Acting;
using Crm.Skills.Permissions;
using Crm.Skills.Results;
using Crm.Skills.Understanding.Index;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.Skills.Invoking;

/// <summary>
/// The one path by which skills write (scoped: one per message). Each <see cref="SaveAsync"/> checks
/// every pending write against the policy, records old → new for every field into the message's
/// change set, and saves inside the message's transaction, so later calls in the same message see
/// earlier writes. Nothing is final until <see cref="MessageScope.CommitAsync"/>; a refusal anywhere
/// in the message means the transaction is rolled back and nothing is written.
/// </summary>
public sealed class ChangeWriter(CrmDbContext db, CurrentUser current, PermissionPolicy policy, StoreIndexCache indexes)
{
    private readonly RecordChangeList _records = new();
    private readonly List<FieldChange> _log = [];
    private readonly List<RefusalResult> _refusals = [];
    private IDbContextTransaction? _transaction;
    /// <summary>Bookkeeping that was pending when the transaction began: saved in it, so pending again if it rolls back.</summary>
    private List<object> _riding = [];

    public ChangeSet? ChangeSet { get; private set; }
    public IReadOnlyList<RecordChange> Records => _records.Records;
    public IReadOnlyList<RefusalResult> Refusals => _refusals;
    public bool IsRefused => _refusals.Count > 0;
    /// <summary>Every field change of the message, in order: what a preview keeps and undo reverts.</summary>
    internal IReadOnlyList<FieldChange> Log => _log;
    internal MessageInfo? Message { get; set; }
    /// <summary>Set when the user already confirmed these writes (applying a preview): no second preview.</summary>
    internal bool Confirmed { get; set; }

    /// <summary>
    /// Refuses the message: the caller returns the refusal, and the commit writes nothing. Use for
    /// invalid values and unknown ids found before anything is tracked.
    /// </summary>
    public RefusalResult Refuse(RefusalResult refusal)
    {
        _refusals.Add(refusal);
        DiscardPending();
        return refusal;
    }

    /// <summary>Saves what skills have tracked, as part of the message; returns this call's changes or a refusal.</summary>
    public async Task<SkillResult> SaveAsync(CancellationToken ct) => await SaveAsync(checkPermissions: true, ct);

    internal async Task<SkillResult> SaveAsync(bool checkPermissions, CancellationToken ct)
    {
        if (IsRefused)
            return _refusals[0];
        var entries = ChangeCapture.PendingEntries(db);
        if (entries.Count == 0)
            return new ChangeResult(ChangeSet?.Id ?? 0, []);
        if (checkPermissions)
        {
            foreach (var entry in entries)
            {
                if (await policy.CheckAsync(current.User, entry, ct) is { } refusal)
                    return Refuse(refusal);
            }
        }
        Stamp(entries);
        var captured = entries.Select(ChangeCapture.Capture).ToList();
        await BeginAsync(ct);
        // A save that fails here refuses or fails the whole message, and its transaction is rolled back: EF's
        // savepoint around each save inside a transaction (two more statements, each prepared anew) would only let
        // the transaction go on after a failure.
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Refuse(new RefusalResult(RefusalReason.Conflict, "Someone else changed this record a moment ago; please try again."));
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = true;
        }
        // After the save, so the change set and records whose key the store generates (a comment, an alias) have their ids.
        var rows = AuditRows(captured);
        await FieldChangeRows.InsertAsync(db, rows, ct);
        _log.AddRange(rows);
        return await DescribeAsync(captured, ct);
    }

    /// <summary>Old → new for every field, as rows of the message's change set.</summary>
    private List<FieldChange> AuditRows(List<CapturedRecord> captured) =>
        [.. captured.SelectMany(record => record.Fields.Select(field => new FieldChange
        {
            ChangeSetId = ChangeSet!.Id, Entity = record.Entity, RecordId = record.RecordId, Kind = record.Kind,
            Field = field.Field, OldValue = field.Old, NewValue = field.New,
        }))];

    private async Task<ChangeResult> DescribeAsync(List<CapturedRecord> captured, CancellationToken ct)
    {
        var changes = captured.Select(record => new RecordChange(record.Entity, record.RecordId, RecordLabels.Of(record.Entry.Entity), record.Kind,
            [.. record.Fields.Where(f => !RecordLabels.IsHidden(f.Field))
                .Select(f => new FieldDelta(f.Field, f.Old, f.New, RecordLabels.CurrencyOf(record.Entry.Entity, f.Field)))])).ToList();
        changes = await PeopleNames.AddAsync(db, StoreKinds.IsInMemory(db) ? null : indexes.Latest(db), changes, ct);
        foreach (var change in changes)
            _records.Add(change);
        return new ChangeResult(ChangeSet!.Id, changes);
    }

    /// <summary>
    /// Opens the message's transaction if it is not open yet. On SQLite that is BEGIN IMMEDIATE, which
    /// takes the store's write lock: writing messages run one after another from here to their commit.
    /// </summary>
    internal async Task EnsureTransactionAsync(CancellationToken ct)
    {
        if (_transaction is null && db.Database.CurrentTransaction is null)
        {
            _riding = PendingBookkeeping();
            _transaction = await db.Database.BeginTransactionAsync(ct);
        }
    }

    /// <summary>
    /// Bookkeeping the turn has yet to save (its processed-activity record, see ChangeCapture): it is saved
    /// inside the message's transaction with its records, so a rollback must leave it pending again.
    /// </summary>
    private List<object> PendingBookkeeping() =>
        [.. db.ChangeTracker.Entries<ProcessedActivity>().Where(e => e.State == EntityState.Added).Select(e => e.Entity)];

    private async Task BeginAsync(CancellationToken ct)
    {
        await EnsureTransactionAsync(ct);
        if (ChangeSet is not null)
            return;
        ChangeSet = new ChangeSet
        {
            UserId = current.Id, At = current.UtcNow,
            ConversationId = Message?.ConversationId, MessageId = Message?.MessageId, Text = Message?.Text,
        };
        db.ChangeSets.Add(ChangeSet);
    }

    /// <summary>Bookkeeping the model asks for: deals and tickets get a fresh version on every save.</summary>
    private void Stamp(List<EntityEntry> entries)
    {
        foreach (var entry in entries.Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            if (entry.Entity is Deal deal)
            {
                if (entry.State == EntityState.Added)
                {
                    deal.CreatedAt ??= current.UtcNow;
                    deal.UpdatedAt ??= current.UtcNow;
                }
                else if (!entry.Property(nameof(Deal.UpdatedAt)).IsModified)
                {
                    deal.UpdatedAt = current.UtcNow;
                }
                if (!entry.Property(nameof(Deal.Version)).IsModified)
                    deal.Version = Guid.NewGuid();
            }
            else if (entry.Entity is Ticket ticket && !entry.Property(nameof(Ticket.Version)).IsModified)
            {
                ticket.Version = Guid.NewGuid();
            }
        }
        db.ChangeTracker.DetectChanges();
    }

    internal async Task<bool> CommitTransactionAsync(CancellationToken ct)
    {
        if (_transaction is null)
            return false;
        await _transaction.CommitAsync(ct);
        await _transaction.DisposeAsync();
        _transaction = null;
        _riding = [];
        if (ChangeSet is not null)
            indexes.Committed(db, ChangeSet.Id, _log);
        return true;
    }

    internal async Task RollbackAsync(CancellationToken ct)
    {
        // The turn's bookkeeping outlives the rollback: saved before the transaction, it stays saved; pending, or
        // saved only inside the transaction, it is pending again.
        var bookkeeping = db.ChangeTracker.Entries<ProcessedActivity>()
            .Select(e => (e.Entity, Saved: e.State == EntityState.Unchanged && !_riding.Contains(e.Entity))).ToList();
        if (_transaction is not null)
        {
            await _transaction.RollbackAsync(ct);
            await _transaction.DisposeAsync();
            _transaction = null;
        }
        // Tracked entities describe rows that no longer exist; forget them so nothing is saved later.
        db.ChangeTracker.Clear();
        foreach (var (entity, saved) in bookkeeping)
        {
            if (saved)
                db.Attach(entity);
            else
                db.Add(entity);
        }
        _riding = [];
        ChangeSet = null;
    }

    private void DiscardPending()
    {
        foreach (var entry in ChangeCapture.PendingEntries(db))
            entry.State = entry.State == EntityState.Added ? EntityState.Detached : EntityState.Unchanged;
    }
}

/// <summary>Where and what the message was, kept on its change set for the audit trail.</summary>
internal sealed record MessageInfo(string ConversationId, string? MessageId, string? Text);
