using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Data.Migrations;

/// <summary>
/// The first schema (migration 20261122000000_Initial), written once for both providers: each
/// provider's migration passes its own <see cref="ColumnTypes"/>. The statements and their order are
/// those of the original per-provider migrations, so both schemas stay exactly as they were.
/// Split by area: people, customers and the audit trail here; work items in
/// InitialSchema.Work.cs; indexes in InitialSchema.Indexes.cs.
/// </summary>
internal static partial class InitialSchema
{
    public static void Create(MigrationBuilder migrationBuilder, ColumnTypes types)
    {
        CreatePeopleAndCustomers(migrationBuilder, types);
        CreateWork(migrationBuilder, types);
        CreateIndexes(migrationBuilder);
    }

    public static void Drop(MigrationBuilder migrationBuilder)
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

    private static void CreatePeopleAndCustomers(MigrationBuilder migrationBuilder, ColumnTypes types)
    {
        migrationBuilder.CreateTable(
            name: "change_sets",
            columns: table => new
            {
                Id = table.Column<long>(type: types.Long, nullable: false)
                    .Annotation(types.Identity.Name, types.Identity.Value),
                UserId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                At = table.Column<DateTime>(type: types.Instant, nullable: false),
                ConversationId = table.Column<string>(type: types.Text(300), maxLength: 300, nullable: true),
                MessageId = table.Column<string>(type: types.Text(300), maxLength: 300, nullable: true),
                Text = table.Column<string>(type: types.Text(8000), maxLength: 8000, nullable: true),
                UndoneBy = table.Column<long>(type: types.Long, nullable: true),
                Undoes = table.Column<long>(type: types.Long, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_change_sets", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "users",
            columns: table => new
            {
                Id = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                Name = table.Column<string>(type: types.Text(200), maxLength: 200, nullable: false),
                Email = table.Column<string>(type: types.Text(320), maxLength: 320, nullable: true),
                Role = table.Column<string>(type: types.Text(16), maxLength: 16, nullable: false),
                Team = table.Column<string>(type: types.Text(100), maxLength: 100, nullable: true),
                ManagerId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: true),
                Locale = table.Column<string>(type: types.Text(35), maxLength: 35, nullable: false),
                TimeZone = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                AadObjectId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: true),
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
                Id = table.Column<long>(type: types.Long, nullable: false)
                    .Annotation(types.Identity.Name, types.Identity.Value),
                ChangeSetId = table.Column<long>(type: types.Long, nullable: false),
                Entity = table.Column<string>(type: types.Text(32), maxLength: 32, nullable: false),
                RecordId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                Kind = table.Column<string>(type: types.Text(16), maxLength: 16, nullable: false),
                Field = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                OldValue = table.Column<string>(type: types.Text(8000), maxLength: 8000, nullable: true),
                NewValue = table.Column<string>(type: types.Text(8000), maxLength: 8000, nullable: true),
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
                Id = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                Name = table.Column<string>(type: types.Text(300), maxLength: 300, nullable: false),
                Industry = table.Column<string>(type: types.Text(4000), maxLength: 4000, nullable: true),
                City = table.Column<string>(type: types.Text(4000), maxLength: 4000, nullable: true),
                Country = table.Column<string>(type: types.Text(4000), maxLength: 4000, nullable: true),
                Tier = table.Column<string>(type: types.Text(20), maxLength: 20, nullable: true),
                Status = table.Column<string>(type: types.Text(16), maxLength: 16, nullable: false),
                OwnerId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                Currency = table.Column<string>(type: types.Text(3), maxLength: 3, nullable: false),
                Tags = types.TagList(table),
                ContractEnd = table.Column<DateOnly>(type: types.Date, nullable: true),
                CreatedAt = table.Column<DateTime>(type: types.Instant, nullable: true),
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
                Id = table.Column<int>(type: types.Int, nullable: false)
                    .Annotation(types.Identity.Name, types.Identity.Value),
                AccountId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                Alias = table.Column<string>(type: types.Text(300), maxLength: 300, nullable: false),
                NormalizedAlias = table.Column<string>(type: types.Text(300), maxLength: 300, nullable: false),
                Position = table.Column<int>(type: types.Int, nullable: false),
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
                Id = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                AccountId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                Name = table.Column<string>(type: types.Text(200), maxLength: 200, nullable: false),
                Title = table.Column<string>(type: types.Text(200), maxLength: 200, nullable: true),
                Email = table.Column<string>(type: types.Text(320), maxLength: 320, nullable: true),
                Phone = table.Column<string>(type: types.Text(40), maxLength: 40, nullable: true),
                IsPrimary = table.Column<bool>(type: types.Bool, nullable: false),
                CreatedAt = table.Column<DateTime>(type: types.Instant, nullable: true),
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
                Id = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                AccountId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                Name = table.Column<string>(type: types.Text(300), maxLength: 300, nullable: false),
                Stage = table.Column<string>(type: types.Text(16), maxLength: 16, nullable: false),
                Amount = table.Column<decimal>(type: types.Money, precision: 18, scale: 2, nullable: true),
                Currency = table.Column<string>(type: types.Text(3), maxLength: 3, nullable: false),
                CloseDate = table.Column<DateOnly>(type: types.Date, nullable: true),
                OwnerId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                NextStep = table.Column<string>(type: types.Text(4000), maxLength: 4000, nullable: true),
                NextStepDue = table.Column<DateOnly>(type: types.Date, nullable: true),
                LostReason = table.Column<string>(type: types.Text(4000), maxLength: 4000, nullable: true),
                CreatedAt = table.Column<DateTime>(type: types.Instant, nullable: true),
                UpdatedAt = table.Column<DateTime>(type: types.Instant, nullable: true),
                Version = table.Column<Guid>(type: types.Guid, nullable: false),
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
    }
}
