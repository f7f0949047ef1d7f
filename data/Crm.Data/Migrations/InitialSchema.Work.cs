using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Data.Migrations;

/// <summary>The first schema's work items: tickets, activities, tasks and ticket comments.</summary>
internal static partial class InitialSchema
{
    private static void CreateWork(MigrationBuilder migrationBuilder, ColumnTypes types)
    {
        migrationBuilder.CreateTable(
            name: "tickets",
            columns: table => new
            {
                Id = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                AccountId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                ContactId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: true),
                Title = table.Column<string>(type: types.Text(300), maxLength: 300, nullable: false),
                Description = table.Column<string>(type: types.Text(8000), maxLength: 8000, nullable: true),
                Priority = table.Column<string>(type: types.Text(16), maxLength: 16, nullable: false),
                Status = table.Column<string>(type: types.Text(16), maxLength: 16, nullable: false),
                Category = table.Column<string>(type: types.Text(100), maxLength: 100, nullable: true),
                AssigneeId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: true),
                CreatedById = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: true),
                CreatedAt = table.Column<DateTime>(type: types.Instant, nullable: true),
                DueAt = table.Column<DateTime>(type: types.Instant, nullable: true),
                ResolvedAt = table.Column<DateTime>(type: types.Instant, nullable: true),
                Version = table.Column<Guid>(type: types.Guid, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_tickets", x => x.Id);
                table.ForeignKey(
                    name: "FK_tickets_accounts_AccountId",
                    column: x => x.AccountId,
                    principalTable: "accounts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_tickets_contacts_ContactId",
                    column: x => x.ContactId,
                    principalTable: "contacts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_tickets_users_AssigneeId",
                    column: x => x.AssigneeId,
                    principalTable: "users",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_tickets_users_CreatedById",
                    column: x => x.CreatedById,
                    principalTable: "users",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "activities",
            columns: table => new
            {
                Id = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                Type = table.Column<string>(type: types.Text(16), maxLength: 16, nullable: false),
                AccountId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                ContactId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: true),
                DealId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: true),
                UserId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                OccurredAt = table.Column<DateTime>(type: types.Instant, nullable: false),
                DurationMinutes = table.Column<int>(type: types.Int, nullable: true),
                Subject = table.Column<string>(type: types.Text(300), maxLength: 300, nullable: true),
                Summary = table.Column<string>(type: types.Text(8000), maxLength: 8000, nullable: true),
                Source = table.Column<string>(type: types.Text(16), maxLength: 16, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_activities", x => x.Id);
                table.ForeignKey(
                    name: "FK_activities_accounts_AccountId",
                    column: x => x.AccountId,
                    principalTable: "accounts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_activities_contacts_ContactId",
                    column: x => x.ContactId,
                    principalTable: "contacts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_activities_deals_DealId",
                    column: x => x.DealId,
                    principalTable: "deals",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_activities_users_UserId",
                    column: x => x.UserId,
                    principalTable: "users",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "tasks",
            columns: table => new
            {
                Id = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                Title = table.Column<string>(type: types.Text(500), maxLength: 500, nullable: false),
                DueAt = table.Column<DateOnly>(type: types.Date, nullable: true),
                OwnerId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                AccountId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: true),
                DealId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: true),
                ContactId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: true),
                Status = table.Column<string>(type: types.Text(16), maxLength: 16, nullable: false),
                CreatedAt = table.Column<DateTime>(type: types.Instant, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_tasks", x => x.Id);
                table.ForeignKey(
                    name: "FK_tasks_accounts_AccountId",
                    column: x => x.AccountId,
                    principalTable: "accounts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_tasks_contacts_ContactId",
                    column: x => x.ContactId,
                    principalTable: "contacts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_tasks_deals_DealId",
                    column: x => x.DealId,
                    principalTable: "deals",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_tasks_users_OwnerId",
                    column: x => x.OwnerId,
                    principalTable: "users",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "ticket_comments",
            columns: table => new
            {
                Id = table.Column<int>(type: types.Int, nullable: false)
                    .Annotation(types.Identity.Name, types.Identity.Value),
                TicketId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                UserId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                At = table.Column<DateTime>(type: types.Instant, nullable: false),
                Text = table.Column<string>(type: types.Text(8000), maxLength: 8000, nullable: false),
                Position = table.Column<int>(type: types.Int, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ticket_comments", x => x.Id);
                table.ForeignKey(
                    name: "FK_ticket_comments_tickets_TicketId",
                    column: x => x.TicketId,
                    principalTable: "tickets",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });
    }
}
