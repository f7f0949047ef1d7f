using Crm.Data.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Data.Store.Configurations;

internal sealed class ConversationStateConfiguration : IEntityTypeConfiguration<ConversationStateEntry>
{
    public void Configure(EntityTypeBuilder<ConversationStateEntry> builder)
    {
        builder.ToTable("conversation_states");
        builder.HasKey(s => new { s.ConversationId, s.UserId });
        builder.Property(s => s.ConversationId).HasMaxLength(256);
        builder.Property(s => s.UserId).HasMaxLength(64);
        builder.Property(s => s.Json).HasMaxLength(32000);
        builder.HasIndex(s => s.UpdatedAt);
    }
}
