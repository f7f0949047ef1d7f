using Crm.Data.Store;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Data.Migrations.Sqlite;

/// <summary>The first schema: users, accounts, contacts, deals, activities, tickets, tasks and the audit trail.</summary>
[DbContext(typeof(SqliteCrmDbContext))]
[Migration("20261122000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => InitialSchema.Create(migrationBuilder, ColumnTypes.Sqlite);

    protected override void Down(MigrationBuilder migrationBuilder) => InitialSchema.Drop(migrationBuilder);
}
