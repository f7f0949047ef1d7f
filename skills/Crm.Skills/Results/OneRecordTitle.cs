namespace Crm.Skills.Results;

/// <summary>The title of a list showing one record asked for by itself ("T-506 Barcode scanner not syncing").</summary>
public static class OneRecordTitle
{
    // No colon or semicolon: the card shows this as the title instead of reading it as a scope ("account:ACC-1").
    public static string Of(string id, string name) => $"{id} {name}".Replace(':', ' ').Replace(';', ' ');
}
