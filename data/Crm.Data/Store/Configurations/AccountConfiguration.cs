using Crm.Data.Accounts;
using Crm.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Data.Store.Configurations;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.ToTable("accounts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasMaxLength(64);
        builder.Property(a => a.Name).HasMaxLength(300);
        builder.Property(a => a.OwnerId).HasMaxLength(64);
        builder.Property(a => a.Currency).HasMaxLength(3);
        builder.Property(a => a.Tier).HasMaxLength(20);
        builder.HasIndex(a => a.Name);
        builder.HasIndex(a => a.OwnerId);
        builder.HasIndex(a => a.ContractEnd);
        builder.HasOne<User>().WithMany().HasForeignKey(a => a.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Aliases).WithOne().HasForeignKey(a => a.AccountId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Aliases).AutoInclude();
    }
}

internal sealed class AccountAliasConfiguration : IEntityTypeConfiguration<AccountAlias>
{
    public void Configure(EntityTypeBuilder<AccountAlias> builder)
    {
        builder.ToTable("account_aliases");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.AccountId).HasMaxLength(64);
        builder.Property(a => a.Alias).HasMaxLength(300);
        builder.Property(a => a.NormalizedAlias).HasMaxLength(300);
        builder.HasIndex(a => a.NormalizedAlias);
        builder.HasIndex(a => new { a.AccountId, a.Position });
    }
}
