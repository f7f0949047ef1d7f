namespace Crm.Data.Tasks;

/// <summary>A reminder or to-do. Named CrmTask so it never collides with System.Threading.Tasks.Task.</summary>
public sealed class CrmTask
{
    public required string Id { get; set; }
    public required string Title { get; set; }
    public DateOnly? DueAt { get; set; }
    public required string OwnerId { get; set; }
    public string? AccountId { get; set; }
    public string? DealId { get; set; }
    public string? ContactId { get; set; }
    public CrmTaskStatus Status { get; set; } = CrmTaskStatus.Open;
    public DateTime? CreatedAt { get; set; }
}

public enum CrmTaskStatus { Open, Done }
