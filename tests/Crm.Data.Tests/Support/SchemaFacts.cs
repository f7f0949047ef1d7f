using System.Data.Common;
using Crm.Data.Migrations;
using Crm.Data.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Crm.Data.Tests.Support;

/// <summary>
/// A schema as a sorted list of one-line facts ("column users.Email TEXT null", "index ...", "fk ..."),
/// read either from the EF model or from a real database, so the two can be compared with one assert.
/// </summary>
internal static class SchemaFacts
{
    public static List<string> FromModel(CrmDbContext db, bool withForeignKeyNames)
    {
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var facts = new List<string>();
        foreach (var table in model.Tables)
        {
            facts.Add($"table {table.Name}");
            facts.AddRange(table.Columns.Select(c => Column(table.Name, c.Name, c.StoreType, c.IsNullable)));
            facts.AddRange(table.Indexes.Select(i => Index(table.Name, i.Name, i.IsUnique, i.Columns.Select(c => c.Name))));
            facts.AddRange(table.ForeignKeyConstraints.Select(f => ForeignKey(table.Name, withForeignKeyNames ? f.Name : "",
                f.Columns[0].Name, f.PrincipalTable.Name, f.OnDeleteAction)));
        }
        // EF cannot hold an index on an expression; the migrations add these ones as SQL.
        facts.AddRange(ReadableIdIndexes.Tables.Select(t => Index(t, ReadableIdIndexes.Name(t), false, [Expression, "Id"])));
        return Sorted(facts);
    }

    public static async Task<List<string>> FromSqliteAsync(DbConnection connection)
    {
        var facts = new List<string>();
        foreach (var table in await Rows(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'"))
        {
            var name = (string)table[0];
            facts.Add($"table {name}");
            foreach (var c in await Rows(connection, $"SELECT name, type, \"notnull\" FROM pragma_table_info('{name}')"))
                facts.Add(Column(name, (string)c[0], (string)c[1], (long)c[2] == 0));
            foreach (var i in await Rows(connection, $"SELECT name, \"unique\" FROM pragma_index_list('{name}') WHERE origin = 'c'"))
            {
                var columns = await Rows(connection, $"SELECT IFNULL(name, '{Expression}') FROM pragma_index_info('{i[0]}') ORDER BY seqno");
                facts.Add(Index(name, (string)i[0], (long)i[1] == 1, columns.Select(c => (string)c[0])));
            }
            foreach (var f in await Rows(connection, $"SELECT \"from\", \"table\", on_delete FROM pragma_foreign_key_list('{name}')"))
                facts.Add(ForeignKey(name, "", (string)f[0], (string)f[1], Action((string)f[2])));
        }
        return Sorted(facts);
    }

    public static async Task<List<string>> FromPostgresAsync(DbConnection connection)
    {
        const string Tables = "SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT LIKE '\\_\\_EFMigrations%'";
        var facts = new List<string>();
        foreach (var table in await Rows(connection, Tables))
        {
            var (oid, name) = ((uint)table[0], (string)table[1]);
            facts.Add($"table {name}");
            foreach (var c in await Rows(connection, $"SELECT attname, format_type(atttypid, atttypmod), attnotnull FROM pg_attribute WHERE attrelid = {oid} AND attnum > 0 AND NOT attisdropped"))
                facts.Add(Column(name, (string)c[0], (string)c[1], !(bool)c[2]));
            foreach (var i in await Rows(connection, $"SELECT i.relname, x.indisunique, array(SELECT COALESCE(a.attname::text, '{Expression}') FROM unnest(x.indkey) WITH ORDINALITY k(n, o) LEFT JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.n ORDER BY k.o) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = {oid} AND NOT x.indisprimary"))
                facts.Add(Index(name, (string)i[0], (bool)i[1], (string[])i[2]));
            foreach (var f in await Rows(connection, $"SELECT c.conname, a.attname, p.relname, c.confdeltype FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] JOIN pg_class p ON p.oid = c.confrelid WHERE c.conrelid = {oid} AND c.contype = 'f'"))
                facts.Add(ForeignKey(name, (string)f[0], (string)f[1], (string)f[2], Action(f[3].ToString()!)));
        }
        return Sorted(facts);
    }

    /// <summary>How an index column that is an expression (length("Id")) reads, from the model and from either store.</summary>
    private const string Expression = "(expression)";

    private static string Column(string table, string name, string type, bool nullable) => $"column {table}.{name} {type} {(nullable ? "null" : "not null")}";

    private static string Index(string table, string name, bool unique, IEnumerable<string> columns) =>
        $"index {table}.{name}{(unique ? " unique" : "")} ({string.Join(", ", columns)})";

    private static string ForeignKey(string table, string name, string column, string principal, ReferentialAction onDelete) =>
        $"fk {table}.{column} -> {principal} on delete {onDelete} {name}".TrimEnd();

    private static ReferentialAction Action(string text) => text.ToUpperInvariant() switch
    {
        "CASCADE" or "C" => ReferentialAction.Cascade,
        "RESTRICT" or "R" => ReferentialAction.Restrict,
        "SET NULL" or "N" => ReferentialAction.SetNull,
        "SET DEFAULT" or "D" => ReferentialAction.SetDefault,
        _ => ReferentialAction.NoAction,
    };

    private static List<string> Sorted(List<string> facts) => [.. facts.Order(StringComparer.Ordinal)];

    private static async Task<List<object[]>> Rows(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }
        return rows;
    }
}
