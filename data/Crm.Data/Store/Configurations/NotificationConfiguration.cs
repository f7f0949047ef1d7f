using Crm.Data.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Data.Store.Configurations;

internal sealed class NotificationDeliveryConfiguration : IEntityTypeConfiguration<NotificationDelivery>
{
    public void Configure(EntityTypeBuilder<NotificationDelivery> builder)
    {
        builder.ToTable("notification_deliveries");
        builder.HasKey(d => d.Key);
        builder.Property(d => d.Key).HasMaxLength(200);
        builder.Property(d => d.UserId).HasMaxLength(64);
        builder.Property(d => d.SubjectId).HasMaxLength(64);
        builder.Property(d => d.ClaimedBy).HasMaxLength(100);
        // Old rows are pruned by age, and people ask "what did I get today".
        builder.HasIndex(d => new { d.UserId, d.ClaimedAt });
    }
}

internal sealed class SchedulerLeaseConfiguration : IEntityTypeConfiguration<SchedulerLease>
{
    public void Configure(EntityTypeBuilder<SchedulerLease> builder)
    {
        builder.ToTable("scheduler_leases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(64);
        builder.Property(l => l.Holder).HasMaxLength(100);
    }
}
