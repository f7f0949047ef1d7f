using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using Crm.Data.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.Data.Audit;

/// <summary>
/// Writes a save's audit rows with one multi-row INSERT. Through EF each row was an INSERT … RETURNING of
/// its own, prepared anew and tracked until the turn ended, for ids nothing reads: about six per written
/// record, all inside the message's transaction, that is while SQLite's one write lock is held. Table,
/// columns and stored values come from the model, so the rows are the ones EF would have written.
/// </summary>
public static class FieldChangeRows
{
    // Seven parameters a row: far below SQLite's and PostgreSQL's limits on parameters per statement.
    private const int RowsPerStatement = 500;

    private static readonly string[] Columns =
    [
        nameof(FieldChange.ChangeSetId), nameof(FieldChange.Entity), nameof(FieldChange.RecordId), nameof(FieldChange.Kind),
        nameof(FieldChange.Field), nameof(FieldChange.OldValue), nameof(FieldChange.NewValue),
    ];

    /// <summary>The INSERT's head and its columns' properties, worked out once per model (a process may hold SQLite and PostgreSQL stores).</summary>
    private static readonly ConditionalWeakTable<IModel, Statement> Statements = new();

    private sealed record Statement(string Header, IProperty[] Properties);

    /// <summary>Inserts <paramref name="rows"/> as they are (their <see cref="FieldChange.Id"/> is left to the store).</summary>
    public static async Task InsertAsync(CrmDbContext db, IReadOnlyList<FieldChange> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
            return;
        var sql = db.GetService<ISqlGenerationHelper>();
        var (header, properties) = Statements.GetValue(db.Model, model => Prepare(model, sql));
        // Only a factory for parameters: each is made by the property's own type mapping, value conversion included.
        await using var factory = db.Database.GetDbConnection().CreateCommand();
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            var text = new StringBuilder(header);
            var parameters = new List<DbParameter>(chunk.Length * properties.Length);
            foreach (var row in chunk)
            {
                text.Append(parameters.Count == 0 ? "(" : ", (");
                foreach (var property in properties)
                {
                    var name = "p" + parameters.Count;
                    text.Append(property == properties[0] ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                    parameters.Add(property.GetRelationalTypeMapping().CreateParameter(
                        factory, name, property.GetGetter().GetClrValueUsingContainingEntity(row), property.IsNullable));
                }
                text.Append(')');
            }
            await db.Database.ExecuteSqlRawAsync(text.ToString(), parameters, ct);
        }
    }

    private static Statement Prepare(IModel model, ISqlGenerationHelper sql)
    {
        var entity = model.FindEntityType(typeof(FieldChange))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = Columns.Select(name => entity.FindProperty(name)!).ToArray();
        var header = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
            $"({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) VALUES ";
        return new Statement(header, properties);
    }
}
