using Crm.Data.Store;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Data.Migrations.Postgres;

/// <summary>Indexes that find the highest readable id (ACT-0105…) without sorting the whole table.</summary>
[DbContext(typeof(PostgresCrmDbContext))]
[Migration("20261123000000_ReadableIdIndexes")]
public sealed class ReadableIdIndexes : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => Migrations.ReadableIdIndexes.Create(migrationBuilder);

    protected override void Down(MigrationBuilder migrationBuilder) => Migrations.ReadableIdIndexes.Drop(migrationBuilder);
}
