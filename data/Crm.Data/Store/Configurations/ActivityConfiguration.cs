using Crm.Data.Accounts;
using Crm.Data.Activities;
using Crm.Data.Contacts;
using Crm.Data.Deals;
using Crm.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Data.Store.Configurations;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.ToTable("activities");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(64);
        builder.Property(a => a.AccountId).HasMaxLength(64);
        builder.Property(a => a.ContactId).HasMaxLength(64);
        builder.Property(a => a.DealId).HasMaxLength(64);
        builder.Property(a => a.UserId).HasMaxLength(64);
        builder.Property(a => a.Subject).HasMaxLength(300);
        builder.Property(a => a.Summary).HasMaxLength(8000);
        builder.HasIndex(a => new { a.AccountId, a.OccurredAt });
        builder.HasIndex(a => a.DealId);
        builder.HasIndex(a => a.ContactId);
        builder.HasIndex(a => new { a.UserId, a.OccurredAt });
        builder.HasOne<Account>().WithMany().HasForeignKey(a => a.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contact>().WithMany().HasForeignKey(a => a.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Deal>().WithMany().HasForeignKey(a => a.DealId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
