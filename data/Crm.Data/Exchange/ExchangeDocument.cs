namespace Crm.Data.Exchange;

/// <summary>
/// The whole store in the crm-exchange/1 format (contract: crm-exchange.schema.json). Property order
/// is the order fields are written in. Read and write it with <see cref="ExchangeJson"/>.
/// </summary>
public sealed record ExchangeDocument
{
    public const string FormatName = "crm-exchange/1";

    public string Format { get; init; } = FormatName;
    public DateTime? ExportedAt { get; init; }
    public IReadOnlyList<ExchangeUser> Users { get; init; } = [];
    public IReadOnlyList<ExchangeAccount> Accounts { get; init; } = [];
    public IReadOnlyList<ExchangeContact> Contacts { get; init; } = [];
    public IReadOnlyList<ExchangeDeal> Deals { get; init; } = [];
    public IReadOnlyList<ExchangeActivity> Activities { get; init; } = [];
    public IReadOnlyList<ExchangeTicket> Tickets { get; init; } = [];
    public IReadOnlyList<ExchangeTask> Tasks { get; init; } = [];
}
