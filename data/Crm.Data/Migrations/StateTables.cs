using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations.Builders;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Crm.Data.Migrations;

/// <summary>
/// The tables that hold conversation and channel state (pending questions, confirm-before-writing
/// previews, settings, processed activity ids, conversation references). Both providers create
/// the same tables; only the column types differ, so the steps are written once here and each
/// provider's migration passes its own <see cref="ColumnTypes"/>.
/// </summary>
internal static class StateTables
{
    public static void Create(MigrationBuilder migrationBuilder, ColumnTypes types)
    {
        migrationBuilder.CreateTable(
            name: "conversation_states",
            columns: table => new
            {
                ConversationId = table.Column<string>(type: types.Text(256), maxLength: 256, nullable: false),
                UserId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                Json = table.Column<string>(type: types.Text(32000), maxLength: 32000, nullable: false),
                UpdatedAt = table.Column<DateTime>(type: types.Instant, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_conversation_states", x => new { x.ConversationId, x.UserId }));
        migrationBuilder.CreateIndex(name: "IX_conversation_states_UpdatedAt", table: "conversation_states", column: "UpdatedAt");

        migrationBuilder.CreateTable(
            name: "pending_changes",
            columns: table => new
            {
                Id = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                UserId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                ConversationId = table.Column<string>(type: types.Text(300), maxLength: 300, nullable: true),
                MessageId = table.Column<string>(type: types.Text(300), maxLength: 300, nullable: true),
                Text = table.Column<string>(type: types.Text(8000), maxLength: 8000, nullable: true),
                CreatedAt = table.Column<DateTime>(type: types.Instant, nullable: false),
                ChangesJson = table.Column<string>(type: types.Text(200_000), maxLength: 200_000, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_pending_changes", x => x.Id);
                table.ForeignKey(name: "FK_pending_changes_users_UserId", column: x => x.UserId,
                    principalTable: "users", principalColumn: "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex(name: "IX_pending_changes_UserId_ConversationId", table: "pending_changes", columns: ["UserId", "ConversationId"]);

        migrationBuilder.CreateTable(
            name: "settings",
            columns: table => new
            {
                Scope = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                Name = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                Value = table.Column<string>(type: types.Text(400), maxLength: 400, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_settings", x => new { x.Scope, x.Name }));

        migrationBuilder.CreateTable(
            name: "processed_activities",
            columns: table => new
            {
                Key = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                ChannelId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                ConversationId = table.Column<string>(type: types.Text(512), maxLength: 512, nullable: false),
                ActivityId = table.Column<string>(type: types.Text(256), maxLength: 256, nullable: false),
                ProcessedAt = table.Column<DateTime>(type: types.Instant, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_processed_activities", x => x.Key));
        migrationBuilder.CreateIndex(name: "IX_processed_activities_ProcessedAt", table: "processed_activities", column: "ProcessedAt");

        CreateConversationReferences(migrationBuilder, types);
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "conversation_references");
        migrationBuilder.DropTable(name: "processed_activities");
        migrationBuilder.DropTable(name: "settings");
        migrationBuilder.DropTable(name: "pending_changes");
        migrationBuilder.DropTable(name: "conversation_states");
    }

    private static void CreateConversationReferences(MigrationBuilder migrationBuilder, ColumnTypes types)
    {
        migrationBuilder.CreateTable(
            name: "conversation_references",
            columns: table => new
            {
                Key = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                ChannelId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                ConversationId = table.Column<string>(type: types.Text(512), maxLength: 512, nullable: false),
                ConversationType = table.Column<string>(type: types.Text(32), maxLength: 32, nullable: true),
                ServiceUrl = table.Column<string>(type: types.Text(512), maxLength: 512, nullable: false),
                TenantId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: true),
                BotId = table.Column<string>(type: types.Text(256), maxLength: 256, nullable: false),
                BotName = table.Column<string>(type: types.Text(200), maxLength: 200, nullable: true),
                ChannelUserId = table.Column<string>(type: types.Text(256), maxLength: 256, nullable: true),
                AadObjectId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: true),
                UserId = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: true),
                Locale = table.Column<string>(type: types.Text(35), maxLength: 35, nullable: true),
                UpdatedAt = table.Column<DateTime>(type: types.Instant, nullable: false),
                WelcomedAt = table.Column<DateTime>(type: types.Instant, nullable: true),
                BlockedAt = table.Column<DateTime>(type: types.Instant, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_conversation_references", x => x.Key));
        migrationBuilder.CreateIndex(name: "IX_conversation_references_UserId", table: "conversation_references", column: "UserId");
        migrationBuilder.CreateIndex(name: "IX_conversation_references_AadObjectId", table: "conversation_references", column: "AadObjectId");
    }
}

/// <summary>A provider's spelling of the column types the hand-written migrations use.</summary>
internal sealed record ColumnTypes(Func<int, string> Text, string Instant)
{
    public static readonly ColumnTypes Sqlite = new(_ => "TEXT", "TEXT")
    {
        Date = "TEXT", Guid = "TEXT", Bool = "INTEGER", Money = "TEXT", Int = "INTEGER", Long = "INTEGER",
        Identity = ("Sqlite:Autoincrement", true),
        // SQLite keeps a list as JSON text (EF's primitive collection mapping).
        TagList = table => table.Column<string>(type: "TEXT", nullable: false),
    };

    public static readonly ColumnTypes Postgres = new(n => $"character varying({n})", "timestamp with time zone")
    {
        Date = "date", Guid = "uuid", Bool = "boolean", Money = "numeric(18,2)", Int = "integer", Long = "bigint",
        Identity = ("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
        TagList = table => table.Column<List<string>>(type: "text[]", nullable: false),
    };

    public required string Date { get; init; }
    public required string Guid { get; init; }
    public required string Bool { get; init; }
    /// <summary>decimal(18,2) amounts.</summary>
    public required string Money { get; init; }
    public required string Int { get; init; }
    public required string Long { get; init; }
    /// <summary>The annotation that makes a key column generate its own values.</summary>
    public required (string Name, object Value) Identity { get; init; }
    /// <summary>A non-null list-of-strings column (account tags).</summary>
    public required Func<ColumnsBuilder, OperationBuilder<AddColumnOperation>> TagList { get; init; }
}
