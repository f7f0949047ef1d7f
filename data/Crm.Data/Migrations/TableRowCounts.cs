using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Data.Migrations;

/// <summary>
/// <see cref="Store.TableRowCount"/>: a row per table the name index is built from, with triggers that count every
/// row inserted into and deleted from it, in the same transaction, whoever writes. The table and its back-fill are
/// written once for both providers; the triggers are each provider's own: a statement per row on SQLite (which has
/// only row triggers), and on PostgreSQL one statement per statement with the rows it touched in a transition table,
/// so a bulk import updates a count once, and TRUNCATE counts as deleting everything.
/// </summary>
public static class TableRowCounts
{
    public const string Name = "table_row_counts";

    private static readonly string[] CountedTables = ["accounts", "account_aliases", "contacts", "deals", "users", "tickets"];

    public static IReadOnlyList<string> Tables => CountedTables;

    /// <summary>Where <paramref name="table"/> is in <see cref="Tables"/>; -1 if it is not counted.</summary>
    public static int IndexOf(string table) => Array.IndexOf(CountedTables, table);

    internal static void Create(MigrationBuilder migrationBuilder, ColumnTypes types)
    {
        migrationBuilder.CreateTable(
            name: Name,
            columns: table => new
            {
                Table = table.Column<string>(type: types.Text(64), maxLength: 64, nullable: false),
                Inserted = table.Column<long>(type: types.Long, nullable: false),
                Deleted = table.Column<long>(type: types.Long, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_" + Name, x => x.Table));
        // Triggers first: on PostgreSQL creating one locks its table against writes until the migration commits, so
        // no row can slip in between the count below and the trigger that would have counted it.
        if (migrationBuilder.IsNpgsql())
            CreatePostgresTriggers(migrationBuilder);
        else
            CreateSqliteTriggers(migrationBuilder);
        foreach (var table in Tables)
            migrationBuilder.Sql($"""INSERT INTO "{Name}" ("Table", "Inserted", "Deleted") SELECT '{table}', COUNT(*), 0 FROM "{table}";""");
    }

    internal static void Drop(MigrationBuilder migrationBuilder)
    {
        var postgres = migrationBuilder.IsNpgsql();
        foreach (var table in Tables)
        {
            foreach (var trigger in postgres ? PostgresTriggers : SqliteTriggers)
                migrationBuilder.Sql(postgres ? $"""DROP TRIGGER "{trigger}_{table}" ON "{table}";""" : $"""DROP TRIGGER "{trigger}_{table}";""");
        }
        if (postgres)
        {
            foreach (var trigger in PostgresTriggers)
                migrationBuilder.Sql($"DROP FUNCTION {trigger}();");
        }
        migrationBuilder.DropTable(name: Name);
    }

    private static readonly string[] SqliteTriggers = ["row_inserted", "row_deleted"];

    private static void CreateSqliteTriggers(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.Sql($"""
                CREATE TRIGGER "row_inserted_{table}" AFTER INSERT ON "{table}"
                BEGIN UPDATE "{Name}" SET "Inserted" = "Inserted" + 1 WHERE "Table" = '{table}'; END;
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "row_deleted_{table}" AFTER DELETE ON "{table}"
                BEGIN UPDATE "{Name}" SET "Deleted" = "Deleted" + 1 WHERE "Table" = '{table}'; END;
                """);
        }
    }

    private static readonly string[] PostgresTriggers = ["rows_inserted", "rows_deleted", "rows_truncated"];

    private static void CreatePostgresTriggers(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(CountingFunction("rows_inserted", "\"Inserted\" = \"Inserted\" + (SELECT count(*) FROM inserted_rows)"));
        migrationBuilder.Sql(CountingFunction("rows_deleted", "\"Deleted\" = \"Deleted\" + (SELECT count(*) FROM deleted_rows)"));
        migrationBuilder.Sql(CountingFunction("rows_truncated", "\"Deleted\" = \"Inserted\""));
        foreach (var table in Tables)
        {
            migrationBuilder.Sql($"""
                CREATE TRIGGER "rows_inserted_{table}" AFTER INSERT ON "{table}"
                REFERENCING NEW TABLE AS inserted_rows FOR EACH STATEMENT EXECUTE FUNCTION rows_inserted();
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "rows_deleted_{table}" AFTER DELETE ON "{table}"
                REFERENCING OLD TABLE AS deleted_rows FOR EACH STATEMENT EXECUTE FUNCTION rows_deleted();
                """);
            migrationBuilder.Sql($"""
                CREATE TRIGGER "rows_truncated_{table}" AFTER TRUNCATE ON "{table}" FOR EACH STATEMENT EXECUTE FUNCTION rows_truncated();
                """);
        }
    }

    /// <summary>A trigger function that updates the row of the table it fires on (TG_TABLE_NAME) with <paramref name="assignment"/>.</summary>
    private static string CountingFunction(string name, string assignment) => $"""
        CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            UPDATE "{Name}" SET {assignment} WHERE "Table" = TG_TABLE_NAME;
            RETURN NULL;
        END $$;
        """;
}
