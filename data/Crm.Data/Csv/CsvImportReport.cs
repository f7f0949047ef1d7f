using Crm.Data.Exchange;

namespace Crm.Data.Csv;

public enum CsvImportKind { Accounts, Contacts }

/// <summary>A row that was not created because it looks like a record the store already has.</summary>
public sealed record CsvDuplicate(int Row, string Name, string ExistingId, string ExistingName)
{
    public override string ToString() => $"row {Row}: '{Name}' looks like {ExistingId} '{ExistingName}'";
}

/// <summary>What a CSV import created and skipped, or every problem when nothing was written.</summary>
public sealed record CsvImportReport(
    CsvImportKind Kind, IReadOnlyList<string> Created, IReadOnlyList<CsvDuplicate> Duplicates, IReadOnlyList<ImportProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public static CsvImportReport Failed(CsvImportKind kind, IReadOnlyList<ImportProblem> problems) => new(kind, [], [], problems);
}

/// <summary>One data row: its line in the file and its values by field.</summary>
internal sealed record CsvRow(int Line, IReadOnlyDictionary<CsvField, string> Values)
{
    public string? this[CsvField field] => Values.TryGetValue(field, out var v) && v.Length > 0 ? v : null;
}
