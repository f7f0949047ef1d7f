using System.ComponentModel;

namespace Crm.Data.Deals;

public sealed class Deal
{
    public required string Id { get; set; }
    public required string AccountId { get; set; }
    public required string Name { get; set; }
    public DealStage Stage { get; set; } = DealStage.Lead;
    public decimal? Amount { get; set; }
    public string Currency { get; set; } = "USD";
    public DateOnly? CloseDate { get; set; }
    public required string OwnerId { get; set; }
    public string? NextStep { get; set; }
    public DateOnly? NextStepDue { get; set; }
    public string? LostReason { get; set; }
    public DateTime? CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
    /// <summary>Optimistic concurrency token, bumped on every save.</summary>
    public Guid Version { get; set; }

    public bool IsOpen => Stage is not (DealStage.Won or DealStage.Lost);
}

/// <summary>The pipeline, in order. Stored as snake_case strings (see <c>StoredEnum</c>).</summary>
public enum DealStage
{
    [Description("New opportunity, not yet qualified (线索)")] Lead,
    [Description("Qualified: real need and budget confirmed (初步接触)")] Qualified,
    [Description("Discovery and requirements analysis (需求挖掘)")] NeedsAnalysis,
    [Description("Proposal or quote sent (方案报价)")] Proposal,
    [Description("Negotiating terms and contract (谈判签约)")] Negotiation,
    [Description("Closed won (赢单)")] Won,
    [Description("Closed lost (丢单)")] Lost,
}
