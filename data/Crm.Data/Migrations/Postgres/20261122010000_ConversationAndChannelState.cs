using Crm.Data.Store;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Data.Migrations.Postgres;

/// <summary>Conversation state, previews, settings, processed activity ids and conversation references.</summary>
[DbContext(typeof(PostgresCrmDbContext))]
[Migration("20261122010000_ConversationAndChannelState")]
public sealed class ConversationAndChannelState : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => StateTables.Create(migrationBuilder, ColumnTypes.Postgres);

    protected override void Down(MigrationBuilder migrationBuilder) => StateTables.Drop(migrationBuilder);
}
