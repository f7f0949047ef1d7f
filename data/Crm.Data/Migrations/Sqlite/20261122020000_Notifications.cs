using Crm.Data.Store;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Data.Migrations.Sqlite;

/// <summary>Notification deliveries (each sent at most once) and the scheduler lease (one sender of several instances).</summary>
[DbContext(typeof(SqliteCrmDbContext))]
[Migration("20261122020000_Notifications")]
public sealed class Notifications : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => NotificationTables.Create(migrationBuilder, ColumnTypes.Sqlite);

    protected override void Down(MigrationBuilder migrationBuilder) => NotificationTables.Drop(migrationBuilder);
}
