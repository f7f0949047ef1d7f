using System.ComponentModel;

namespace Crm.Data.Activities;

/// <summary>Something that happened with a customer: a call, meeting, visit, e-mail or note.</summary>
public sealed class Activity
{
    public required string Id { get; set; }
    public ActivityType Type { get; set; }
    public required string AccountId { get; set; }
    public string? ContactId { get; set; }
    public string? DealId { get; set; }
    public required string UserId { get; set; }
    public DateTime OccurredAt { get; set; }
    public int? DurationMinutes { get; set; }
    public string? Subject { get; set; }
    public string? Summary { get; set; }
    public ActivitySource Source { get; set; } = ActivitySource.Chat;
}

public enum ActivityType
{
    [Description("Phone or video call")] Call,
    [Description("Meeting, in person or online")] Meeting,
    [Description("Visit to the customer's site")] Visit,
    [Description("E-mail sent or received")] Email,
    [Description("A note about the customer")] Note,
}

public enum ActivitySource
{
    [Description("Typed in chat")] Chat,
    [Description("Dictated voice note")] Voice,
    [Description("Meeting or call transcript")] Transcript,
    [Description("Imported from a file")] Import,
    [Description("From e-mail")] Email,
    [Description("Through the API")] Api,
}
