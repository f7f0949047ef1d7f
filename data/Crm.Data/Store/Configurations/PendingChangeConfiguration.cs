using Crm.Data.Audit;
using Crm.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Data.Store.Configurations;

internal sealed class PendingChangeConfiguration : IEntityTypeConfiguration<PendingChange>
{
    public void Configure(EntityTypeBuilder<PendingChange> builder)
    {
        builder.ToTable("pending_changes");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasMaxLength(64);
        builder.Property(p => p.UserId).HasMaxLength(64);
        builder.Property(p => p.ConversationId).HasMaxLength(300);
        builder.Property(p => p.MessageId).HasMaxLength(300);
        builder.Property(p => p.Text).HasMaxLength(8000);
        builder.Property(p => p.ChangesJson).HasMaxLength(200_000);
        builder.HasIndex(p => new { p.UserId, p.ConversationId });
        builder.HasOne<User>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
