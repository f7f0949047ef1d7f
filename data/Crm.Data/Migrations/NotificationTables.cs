using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Data.Migrations;

/// <summary>
/// Proactive notifications: the deliveries (claimed before sending, so each goes out once) and the
/// scheduler lease (so one instance of several sends). Written once for both providers, like
/// <see cref="StateTables"/>.
/// </summary>
internal static class NotificationTables
{
    public static void Create(MigrationBuilder migrationBuilder, ColumnTypes types)
    {
        migrationBuilder.CreateTable(
            name: "notification_deliveries",
            columns: table => new
            {
                Key = table.Column<string>(type: types.Text(200), maxLength: 200, nullable: false),
                Kind = table.Column<string>(type: types.Text(16), maxLength: 16, nullable: false),
                UserId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                SubjectId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                ClaimedBy = table.Column<string>(type: types.Text(100), maxLength: 100, nullable: false),
                ClaimedAt = table.Column<DateTime>(type: types.Instant, nullable: false),
                SentAt = table.Column<DateTime>(type: types.Instant, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_notification_deliveries", x => x.Key));
        migrationBuilder.CreateIndex(name: "IX_notification_deliveries_UserId_ClaimedAt", table: "notification_deliveries", columns: ["UserId", "ClaimedAt"]);

        migrationBuilder.CreateTable(
            name: "scheduler_leases",
            columns: table => new
            {
                Name = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                Holder = table.Column<string>(type: types.Text(100), maxLength: 100, nullable: false),
                ExpiresAt = table.Column<DateTime>(type: types.Instant, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_scheduler_leases", x => x.Name));
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "scheduler_leases");
        migrationBuilder.DropTable(name: "notification_deliveries");
    }
}
