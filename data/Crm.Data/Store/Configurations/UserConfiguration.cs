using Crm.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Data.Store.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).HasMaxLength(64);
        builder.Property(u => u.Name).HasMaxLength(200);
        builder.Property(u => u.Email).HasMaxLength(320);
        builder.Property(u => u.Team).HasMaxLength(100);
        builder.Property(u => u.ManagerId).HasMaxLength(64);
        builder.Property(u => u.Locale).HasMaxLength(35);
        builder.Property(u => u.TimeZone).HasMaxLength(64);
        builder.Property(u => u.AadObjectId).HasMaxLength(64);
        builder.Ignore(u => u.SpeaksChinese);
        builder.HasIndex(u => u.Email);
        builder.HasIndex(u => u.AadObjectId);
        builder.HasIndex(u => u.Team);
        builder.HasOne<User>().WithMany().HasForeignKey(u => u.ManagerId).OnDelete(DeleteBehavior.Restrict);
    }
}
