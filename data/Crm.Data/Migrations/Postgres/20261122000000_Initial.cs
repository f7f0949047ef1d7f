using Crm.Data.Store;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Data.Migrations.Postgres;

/// <summary>The first schema: users, accounts, contacts, deals, activities, tickets, tasks and the audit trail.</summary>
[DbContext(typeof(PostgresCrmDbContext))]
[Migration("20261122000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => InitialSchema.Create(migrationBuilder, ColumnTypes.Postgres);

    protected override void Down(MigrationBuilder migrationBuilder) => InitialSchema.Drop(migrationBuilder);
}
