using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Data.Migrations;

/// <summary>
/// An index on <c>(length(Id), Id)</c> for each table whose ids are readable numbers (ACT-0105, D-1034):
/// a new record's id is one more than the highest number in use, and ordering by length then id is numeric
/// order. Without the index that read sorts every id of the table while the message holds the write lock,
/// so each new record cost more than the last. EF cannot declare an index on an expression, so this is
/// plain SQL, which SQLite and PostgreSQL read alike. Written once for both providers, like <see cref="StateTables"/>.
/// </summary>
public static class ReadableIdIndexes
{
    public static IReadOnlyList<string> Tables { get; } = ["activities", "tasks", "tickets", "contacts", "deals"];

    public static void Create(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.Sql($"""CREATE INDEX "{Name(table)}" ON "{table}" (length("Id"), "Id");""");
        }
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.Sql($"""DROP INDEX "{Name(table)}";""");
        }
    }

    public static string Name(string table) => $"IX_{table}_IdLength";
}
