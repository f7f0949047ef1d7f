namespace Crm.Data.Accounts;

public sealed class Account
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    /// <summary>Other names people use for the account; kept in their own table so lookups use an index.</summary>
    public List<AccountAlias> Aliases { get; set; } = [];
    public string? Industry { get; set; }
    public string? City { get; set; }
    public string? Country { get; set; }
    public string? Tier { get; set; }
    public AccountStatus Status { get; set; } = AccountStatus.Prospect;
    public required string OwnerId { get; set; }
    public string Currency { get; set; } = "USD";
    public List<string> Tags { get; set; } = [];
    public DateOnly? ContractEnd { get; set; }
    public DateTime? CreatedAt { get; set; }
}

public sealed class AccountAlias
{
    public int Id { get; set; }
    public required string AccountId { get; set; }
    public required string Alias { get; set; }
    /// <summary>Lower-cased, accent- and punctuation-folded form used by lookups.</summary>
    public required string NormalizedAlias { get; set; }
    public int Position { get; set; }
}

public enum AccountStatus { Prospect, Customer, Churned }
