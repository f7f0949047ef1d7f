// Longer than 300 lines on purpose: the first migration creates the whole schema, written out in
// full so later migrations can be compared with it. Later migrations are small, one change each.
using Crm.Data.Store;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Crm.Data.Migrations.Postgres;

/// <summary>The first schema: users, accounts, contacts, deals, activities, tickets, tasks and the audit trail.</summary>
[DbContext(typeof(PostgresCrmDbContext))]
[Migration("20261122000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "change_sets",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                ConversationId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                MessageId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                Text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                UndoneBy = table.Column<long>(type: "bigint", nullable: true),
                Undoes = table.Column<long>(type: "bigint", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_change_sets", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "users",
            columns: table => new
            {
                Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                Role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                Team = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                ManagerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                Locale = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: false),
                TimeZone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                AadObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_users", x => x.Id);
                table.ForeignKey(
                    name: "FK_users_users_ManagerId",
                    column: x => x.ManagerId,
                    principalTable: "users",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "field_changes",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ChangeSetId = table.Column<long>(type: "bigint", nullable: false),
                Entity = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                RecordId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                Field = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                OldValue = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                NewValue = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_field_changes", x => x.Id);
                table.ForeignKey(
                    name: "FK_field_changes_change_sets_ChangeSetId",
                    column: x => x.ChangeSetId,
                    principalTable: "change_sets",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "accounts",
            columns: table => new
            {
                Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                Industry = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                City = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                Country = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                Tier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                OwnerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                Tags = table.Column<List<string>>(type: "text[]", nullable: false),
                ContractEnd = table.Column<DateOnly>(type: "date", nullable: true),
                CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_accounts", x => x.Id);
                table.ForeignKey(
                    name: "FK_accounts_users_OwnerId",
                    column: x => x.OwnerId,
                    principalTable: "users",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "account_aliases",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                AccountId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Alias = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                NormalizedAlias = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                Position = table.Column<int>(type: "integer", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_account_aliases", x => x.Id);
                table.ForeignKey(
                    name: "FK_account_aliases_accounts_AccountId",
                    column: x => x.AccountId,
                    principalTable: "accounts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "contacts",
            columns: table => new
            {
                Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                AccountId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                IsPrimary = table.Column<bool>(type: "boolean", nullable: false),
                CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_contacts", x => x.Id);
                table.ForeignKey(
                    name: "FK_contacts_accounts_AccountId",
                    column: x => x.AccountId,
                    principalTable: "accounts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "deals",
            columns: table => new
            {
                Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                AccountId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                Stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                CloseDate = table.Column<DateOnly>(type: "date", nullable: true),
                OwnerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                NextStep = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                NextStepDue = table.Column<DateOnly>(type: "date", nullable: true),
                LostReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                Version = table.Column<Guid>(type: "uuid", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_deals", x => x.Id);
                table.ForeignKey(
                    name: "FK_deals_accounts_AccountId",
                    column: x => x.AccountId,
                    principalTable: "accounts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_deals_users_OwnerId",
                    column: x => x.OwnerId,
                    principalTable: "users",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "tickets",
            columns: table => new
            {
                Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                AccountId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                ContactId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                Description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                Priority = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                Category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                AssigneeId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                CreatedById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                ResolvedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                Version = table.Column<Guid>(type: "uuid", nullable: false),
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
                Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                AccountId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                ContactId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                DealId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                DurationMinutes = table.Column<int>(type: "integer", nullable: true),
                Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                Summary = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
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
                Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                DueAt = table.Column<DateOnly>(type: "date", nullable: true),
                OwnerId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                AccountId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                DealId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                ContactId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
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
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                TicketId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                Text = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                Position = table.Column<int>(type: "integer", nullable: false),
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

        migrationBuilder.CreateIndex(
            name: "IX_account_aliases_AccountId_Position",
            table: "account_aliases",
            columns: new[] { "AccountId", "Position" });

        migrationBuilder.CreateIndex(
            name: "IX_account_aliases_NormalizedAlias",
            table: "account_aliases",
            column: "NormalizedAlias");

        migrationBuilder.CreateIndex(
            name: "IX_accounts_ContractEnd",
            table: "accounts",
            column: "ContractEnd");

        migrationBuilder.CreateIndex(
            name: "IX_accounts_Name",
            table: "accounts",
            column: "Name");

        migrationBuilder.CreateIndex(
            name: "IX_accounts_OwnerId",
            table: "accounts",
            column: "OwnerId");

        migrationBuilder.CreateIndex(
            name: "IX_activities_AccountId_OccurredAt",
            table: "activities",
            columns: new[] { "AccountId", "OccurredAt" });

        migrationBuilder.CreateIndex(
            name: "IX_activities_ContactId",
            table: "activities",
            column: "ContactId");

        migrationBuilder.CreateIndex(
            name: "IX_activities_DealId",
            table: "activities",
            column: "DealId");

        migrationBuilder.CreateIndex(
            name: "IX_activities_UserId_OccurredAt",
            table: "activities",
            columns: new[] { "UserId", "OccurredAt" });

        migrationBuilder.CreateIndex(
            name: "IX_change_sets_UserId_ConversationId_Id",
            table: "change_sets",
            columns: new[] { "UserId", "ConversationId", "Id" });

        migrationBuilder.CreateIndex(
            name: "IX_contacts_AccountId",
            table: "contacts",
            column: "AccountId");

        migrationBuilder.CreateIndex(
            name: "IX_contacts_Email",
            table: "contacts",
            column: "Email");

        migrationBuilder.CreateIndex(
            name: "IX_contacts_Name",
            table: "contacts",
            column: "Name");

        migrationBuilder.CreateIndex(
            name: "IX_deals_AccountId",
            table: "deals",
            column: "AccountId");

        migrationBuilder.CreateIndex(
            name: "IX_deals_Name",
            table: "deals",
            column: "Name");

        migrationBuilder.CreateIndex(
            name: "IX_deals_OwnerId_Stage",
            table: "deals",
            columns: new[] { "OwnerId", "Stage" });

        migrationBuilder.CreateIndex(
            name: "IX_deals_Stage_CloseDate",
            table: "deals",
            columns: new[] { "Stage", "CloseDate" });

        migrationBuilder.CreateIndex(
            name: "IX_field_changes_ChangeSetId",
            table: "field_changes",
            column: "ChangeSetId");

        migrationBuilder.CreateIndex(
            name: "IX_field_changes_Entity_RecordId",
            table: "field_changes",
            columns: new[] { "Entity", "RecordId" });

        migrationBuilder.CreateIndex(
            name: "IX_tasks_AccountId",
            table: "tasks",
            column: "AccountId");

        migrationBuilder.CreateIndex(
            name: "IX_tasks_ContactId",
            table: "tasks",
            column: "ContactId");

        migrationBuilder.CreateIndex(
            name: "IX_tasks_DealId",
            table: "tasks",
            column: "DealId");

        migrationBuilder.CreateIndex(
            name: "IX_tasks_OwnerId_Status_DueAt",
            table: "tasks",
            columns: new[] { "OwnerId", "Status", "DueAt" });

        migrationBuilder.CreateIndex(
            name: "IX_ticket_comments_TicketId_Position",
            table: "ticket_comments",
            columns: new[] { "TicketId", "Position" });

        migrationBuilder.CreateIndex(
            name: "IX_tickets_AccountId_Status",
            table: "tickets",
            columns: new[] { "AccountId", "Status" });

        migrationBuilder.CreateIndex(
            name: "IX_tickets_AssigneeId_Status",
            table: "tickets",
            columns: new[] { "AssigneeId", "Status" });

        migrationBuilder.CreateIndex(
            name: "IX_tickets_ContactId",
            table: "tickets",
            column: "ContactId");

        migrationBuilder.CreateIndex(
            name: "IX_tickets_CreatedById",
            table: "tickets",
            column: "CreatedById");

        migrationBuilder.CreateIndex(
            name: "IX_tickets_Status_Priority",
            table: "tickets",
            columns: new[] { "Status", "Priority" });

        migrationBuilder.CreateIndex(
            name: "IX_users_AadObjectId",
            table: "users",
            column: "AadObjectId");

        migrationBuilder.CreateIndex(
            name: "IX_users_Email",
            table: "users",
            column: "Email");

        migrationBuilder.CreateIndex(
            name: "IX_users_ManagerId",
            table: "users",
            column: "ManagerId");

        migrationBuilder.CreateIndex(
            name: "IX_users_Team",
            table: "users",
            column: "Team");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "ticket_comments");
        migrationBuilder.DropTable(name: "tasks");
        migrationBuilder.DropTable(name: "activities");
        migrationBuilder.DropTable(name: "tickets");
        migrationBuilder.DropTable(name: "deals");
        migrationBuilder.DropTable(name: "contacts");
        migrationBuilder.DropTable(name: "account_aliases");
        migrationBuilder.DropTable(name: "accounts");
        migrationBuilder.DropTable(name: "field_changes");
        migrationBuilder.DropTable(name: "users");
        migrationBuilder.DropTable(name: "change_sets");
    }
}
