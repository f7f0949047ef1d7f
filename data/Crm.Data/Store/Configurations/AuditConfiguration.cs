using Crm.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Data.Store.Configurations;

internal sealed class ChangeSetConfiguration : IEntityTypeConfiguration<ChangeSet>
{
    public void Configure(EntityTypeBuilder<ChangeSet> builder)
    {
        builder.ToTable("change_sets");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.UserId).HasMaxLength(64);
        builder.Property(c => c.ConversationId).HasMaxLength(300);
        builder.Property(c => c.MessageId).HasMaxLength(300);
        builder.Property(c => c.Text).HasMaxLength(8000);
        builder.HasIndex(c => new { c.UserId, c.ConversationId, c.Id });
        builder.HasMany(c => c.Changes).WithOne().HasForeignKey(f => f.ChangeSetId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FieldChangeConfiguration : IEntityTypeConfiguration<FieldChange>
{
    public void Configure(EntityTypeBuilder<FieldChange> builder)
    {
        builder.ToTable("field_changes");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Entity).HasMaxLength(32);
        builder.Property(f => f.RecordId).HasMaxLength(64);
        builder.Property(f => f.Field).HasMaxLength(64);
        builder.Property(f => f.OldValue).HasMaxLength(8000);
        builder.Property(f => f.NewValue).HasMaxLength(8000);
        builder.HasIndex(f => new { f.Entity, f.RecordId });
    }
}
