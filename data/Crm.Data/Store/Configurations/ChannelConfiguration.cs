using Crm.Data.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Data.Store.Configurations;

internal sealed class ProcessedActivityConfiguration : IEntityTypeConfiguration<ProcessedActivity>
{
    public void Configure(EntityTypeBuilder<ProcessedActivity> builder)
    {
        builder.ToTable("processed_activities");
        builder.HasKey(p => p.Key);
        builder.Property(p => p.Key).HasMaxLength(64);
        builder.Property(p => p.ChannelId).HasMaxLength(64);
        builder.Property(p => p.ConversationId).HasMaxLength(512);
        builder.Property(p => p.ActivityId).HasMaxLength(256);
        // Old rows are pruned by age; retries come within minutes.
        builder.HasIndex(p => p.ProcessedAt);
    }
}

internal sealed class ConversationReferenceConfiguration : IEntityTypeConfiguration<ConversationReference>
{
    public void Configure(EntityTypeBuilder<ConversationReference> builder)
    {
        builder.ToTable("conversation_references");
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(64);
        builder.Property(c => c.ChannelId).HasMaxLength(64);
        builder.Property(c => c.ConversationId).HasMaxLength(512);
        builder.Property(c => c.ConversationType).HasMaxLength(32);
        builder.Property(c => c.ServiceUrl).HasMaxLength(512);
        builder.Property(c => c.TenantId).HasMaxLength(64);
        builder.Property(c => c.BotId).HasMaxLength(256);
        builder.Property(c => c.BotName).HasMaxLength(200);
        builder.Property(c => c.ChannelUserId).HasMaxLength(256);
        builder.Property(c => c.AadObjectId).HasMaxLength(64);
        builder.Property(c => c.UserId).HasMaxLength(64);
        builder.Property(c => c.Locale).HasMaxLength(35);
        builder.HasIndex(c => c.UserId);
        builder.HasIndex(c => c.AadObjectId);
    }
}
