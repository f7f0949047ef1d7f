namespace Crm.Data.Store;

/// <summary>
/// How many rows one of the tables the understanding engine's name index is built from has had inserted and
/// deleted, ever. Triggers keep it (see <see cref="Migrations.TableRowCounts"/>), whoever writes: the skills, an
/// import, another process on the same file, SQL by hand. So one small read tells whether rows came or went
/// since the index was built, where counting each table cost a descent of every table per message.
/// </summary>
public sealed class TableRowCount
{
    /// <summary>The counted table's name, as in <see cref="Migrations.TableRowCounts.Tables"/>.</summary>
    public required string Table { get; set; }
    public long Inserted { get; set; }
    public long Deleted { get; set; }
}
