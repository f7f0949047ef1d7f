using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Data.Store.Configurations;

internal sealed class TableRowCountConfiguration : IEntityTypeConfiguration<TableRowCount>
{
    public void Configure(EntityTypeBuilder<TableRowCount> builder)
    {
        builder.ToTable(Migrations.TableRowCounts.Name);
        builder.HasKey(c => c.Table);
        builder.Property(c => c.Table).HasMaxLength(64);
    }
}
