using Crm.Data.Accounts;
using Crm.Data.Activities;
using Crm.Data.Audit;
using Crm.Data.Contacts;
using Crm.Data.Deals;
using Crm.Data.Notifications;
using Crm.Data.Tasks;
using Crm.Data.Tickets;
using Crm.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Crm.Data.Store;

/// <summary>
/// The one store. Thin on purpose: sets and configurations only. Each provider has a subclass
/// (<see cref="SqliteCrmDbContext"/>, <see cref="PostgresCrmDbContext"/>) so that each gets its own
/// hand-written migration set, as EF recommends for multi-provider apps.
/// </summary>
public abstract class CrmDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();
    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<AccountAlias> AccountAliases => Set<AccountAlias>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<Deal> Deals => Set<Deal>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<Ticket> Tickets => Set<Ticket>();
    public DbSet<TicketComment> TicketComments => Set<TicketComment>();
    public DbSet<CrmTask> Tasks => Set<CrmTask>();
    public DbSet<ChangeSet> ChangeSets => Set<ChangeSet>();
    public DbSet<FieldChange> FieldChanges => Set<FieldChange>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CrmDbContext).Assembly);

    // Migrations are hand-written (no EF design tooling here), so there is no model snapshot and EF
    // would always report pending model changes. The schema tests (MigrationSchemaTests) prove
    // instead that the migrated database matches this model, table by table and column by column.
    // Pooled contexts (the host's) may not change their options here, so AddCrmStore sets this on the
    // options it registers (IgnorePendingModelChanges) and this only fills it in for contexts built elsewhere.
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        var warnings = optionsBuilder.Options.FindExtension<CoreOptionsExtension>()?.WarningsConfiguration;
        if (warnings?.GetBehavior(RelationalEventId.PendingModelChangesWarning) != WarningBehavior.Ignore)
            IgnorePendingModelChanges(optionsBuilder);
    }

    internal static DbContextOptionsBuilder IgnorePendingModelChanges(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ConcurrencyVersions.Bump(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ConcurrencyVersions.Bump(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as readable snake_case strings so both providers hold the same rows.
        configurationBuilder.Properties<UserRole>().HaveConversion<StoredEnumConverter<UserRole>>().HaveMaxLength(16);
        configurationBuilder.Properties<AccountStatus>().HaveConversion<StoredEnumConverter<AccountStatus>>().HaveMaxLength(16);
        configurationBuilder.Properties<DealStage>().HaveConversion<StoredEnumConverter<DealStage>>().HaveMaxLength(16);
        configurationBuilder.Properties<ActivityType>().HaveConversion<StoredEnumConverter<ActivityType>>().HaveMaxLength(16);
        configurationBuilder.Properties<ActivitySource>().HaveConversion<StoredEnumConverter<ActivitySource>>().HaveMaxLength(16);
        configurationBuilder.Properties<TicketPriority>().HaveConversion<StoredEnumConverter<TicketPriority>>().HaveMaxLength(16);
        configurationBuilder.Properties<TicketStatus>().HaveConversion<StoredEnumConverter<TicketStatus>>().HaveMaxLength(16);
        configurationBuilder.Properties<CrmTaskStatus>().HaveConversion<StoredEnumConverter<CrmTaskStatus>>().HaveMaxLength(16);
        configurationBuilder.Properties<NotificationKind>().HaveConversion<StoredEnumConverter<NotificationKind>>().HaveMaxLength(16);
        configurationBuilder.Properties<ChangeKind>().HaveConversion<StoredEnumConverter<ChangeKind>>().HaveMaxLength(16);
        configurationBuilder.Properties<string>().HaveMaxLength(4000);
        // Instants are UTC everywhere; SQLite hands them back unspecified, so say so on the way in and out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}

public sealed class SqliteCrmDbContext(DbContextOptions<SqliteCrmDbContext> options) : CrmDbContext(options);

public sealed class PostgresCrmDbContext(DbContextOptions<PostgresCrmDbContext> options) : CrmDbContext(options);
