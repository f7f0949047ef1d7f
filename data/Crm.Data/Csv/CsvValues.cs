using Crm.Data.Accounts;
using Crm.Data.Exchange;
using Crm.Data.Store;
using Crm.Data.Users;

namespace Crm.Data.Csv;

/// <summary>Reading the free-text cells of a CSV row into typed values.</summary>
internal static class CsvValues
{
    private static readonly char[] ListSeparators = [';', '；', '、', '|'];

    public static List<string> List(string? cell) =>
        cell is null ? [] : [.. cell.Split(ListSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>A user by id, e-mail or name.</summary>
    public static User? User(string? cell, List<User> users) => cell is null ? null : users.FirstOrDefault(u =>
        string.Equals(u.Id, cell, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(u.Email, cell, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(u.Name, cell, StringComparison.OrdinalIgnoreCase));

    public static AccountStatus Status(string? cell, string where, List<ImportProblem> problems)
    {
        if (cell is null)
            return AccountStatus.Prospect;
        var status = cell switch
        {
            "潜在客户" or "潜在" => AccountStatus.Prospect,
            "客户" or "正式客户" or "签约客户" => AccountStatus.Customer,
            "流失" or "已流失" => AccountStatus.Churned,
            _ => StoredEnum.TryParse<AccountStatus>(cell, out var s) ? s : (AccountStatus?)null,
        };
        if (status is null)
            problems.Add(new(where, $"status '{cell}' is not prospect, customer or churned"));
        return status ?? AccountStatus.Prospect;
    }

    /// <summary>The given currency, else CNY for a Chinese company name and USD otherwise.</summary>
    public static string Currency(string? cell, string? name, string where, List<ImportProblem> problems)
    {
        if (cell is null)
            return name is not null && name.Any(c => c is >= '\u4e00' and <= '\u9fff') ? "CNY" : "USD";
        var code = cell.ToUpperInvariant();
        if (code.Length != 3 || !code.All(char.IsAsciiLetterUpper))
            problems.Add(new(where, $"currency '{cell}' is not a three-letter code such as USD or CNY"));
        return code;
    }
}
