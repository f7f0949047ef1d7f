using Crm.Data.Deals;
using Crm.Data.Tickets;
using Crm.Data.Users;

namespace Crm.Skills.Understanding.Index;

/// <summary>The few fields of an account that understanding needs, kept in memory.</summary>
public sealed record IndexedAccount(string Id, string Name, string OwnerId, string Currency);

public sealed record IndexedContact(string Id, string AccountId, string Name)
{
    /// <summary>Job title, shown beside the name by the Find skill.</summary>
    public string? Title { get; init; }
}

public sealed record IndexedDeal(string Id, string AccountId, string Name, string OwnerId, DealStage Stage, string Currency)
{
    public bool IsOpen => Stage is not (DealStage.Won or DealStage.Lost);

    /// <summary>For answers that pick a deal by its size ("the 35k one", "小的那个").</summary>
    public decimal? Amount { get; init; }

    /// <summary>For a close date moved by a span ("push it out two weeks", "往后推一个月").</summary>
    public DateOnly? CloseDate { get; init; }

    /// <summary>For a next step named by its words ("the redlines are now due Thursday", "方案讲解推到三周后").</summary>
    public string? NextStep { get; init; }

    /// <summary>For a next step moved by a span ("方案讲解往后推一周").</summary>
    public DateOnly? NextStepDue { get; init; }
}

public sealed record IndexedTicket(string Id, string AccountId, string Title, TicketStatus Status, string? AssigneeId, string? CreatedById,
    TicketPriority Priority = TicketPriority.Normal)
{
    public bool IsOpen => Status is TicketStatus.New or TicketStatus.Open or TicketStatus.Pending;
}

public sealed record IndexedUser(string Id, string Name, UserRole Role, string? Team, string? ManagerId, string TimeZone, string Locale)
{
    /// <summary>Where a colleague stored in Chinese characters gets the Latin spelling of their name (see <see cref="RomanisedName"/>).</summary>
    public string? Email { get; init; }
}

/// <summary>One record a name key points at, and how good that key is as a name for it (1 = its full name).</summary>
public sealed record NameHit(string Id, double Quality);

/// <summary>A record found in a message: where, by which words, and how well.</summary>
public sealed record Mention(string Id, double Quality, int Start, int Length, string MatchedText, string How);
