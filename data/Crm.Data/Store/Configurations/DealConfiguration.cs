using Crm.Data.Accounts;
using Crm.Data.Deals;
using Crm.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Data.Store.Configurations;

internal sealed class DealConfiguration : IEntityTypeConfiguration<Deal>
{
    public void Configure(EntityTypeBuilder<Deal> builder)
    {
        builder.ToTable("deals");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasMaxLength(64);
        builder.Property(d => d.AccountId).HasMaxLength(64);
        builder.Property(d => d.Name).HasMaxLength(300);
        builder.Property(d => d.OwnerId).HasMaxLength(64);
        builder.Property(d => d.Currency).HasMaxLength(3);
        builder.Property(d => d.Amount).HasPrecision(18, 2);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Ignore(d => d.IsOpen);
        builder.HasIndex(d => d.AccountId);
        builder.HasIndex(d => d.Name);
        builder.HasIndex(d => new { d.OwnerId, d.Stage });
        builder.HasIndex(d => new { d.Stage, d.CloseDate });
        builder.HasOne<Account>().WithMany().HasForeignKey(d => d.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(d => d.OwnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
