using Crm.Data.Store;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Data.Migrations.Postgres;

/// <summary>Row counts, kept by triggers, of the tables the name index is built from.</summary>
[DbContext(typeof(PostgresCrmDbContext))]
[Migration("20261124000000_TableRowCounts")]
public sealed class TableRowCounts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => Migrations.TableRowCounts.Create(migrationBuilder, ColumnTypes.Postgres);

    protected override void Down(MigrationBuilder migrationBuilder) => Migrations.TableRowCounts.Drop(migrationBuilder);
}
