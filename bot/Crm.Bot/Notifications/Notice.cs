using Crm.Data.Accounts;
using Crm.Data.Deals;
using Crm.Data.Notifications;
using Crm.Data.Store;
using Crm.Data.Tasks;
using Crm.Data.Tickets;
using Crm.Data.Users;
using Crm.Skills.Results;

namespace Crm.Bot.Notifications;

/// <summary>
/// One notification for one person on one occasion. <see cref="Key"/> names it exactly
/// ("renewal:A-12:2027-06-30:30d:U-1"), which is what makes it go out at most once.
/// </summary>
internal sealed record Notice(NotificationKind Kind, string SubjectId, string Occasion, User Recipient, NoticeBody Body)
{
    public const int MaxKeyLength = 200;

    /// <summary>A team channel conversation to post in instead of the recipient's personal chat.</summary>
    public string? ChannelConversationId { get; init; }

    public string Key
    {
        get
        {
            var key = $"{StoredEnum.ToStored(Kind)}:{SubjectId}:{Occasion}:{Recipient.Id}";
            return key.Length <= MaxKeyLength ? key : key[..MaxKeyLength];
        }
    }

    /// <summary>The same notice again after a snooze: its own occasion, so it is also sent once.</summary>
    public Notice Again(DateOnly until) => this with { Occasion = $"again:{until:yyyy-MM-dd}" };
}

/// <summary>What a notice is about, for its card.</summary>
internal abstract record NoticeBody;

internal sealed record TaskDueBody(CrmTask Task, string? AccountName) : NoticeBody;

internal sealed record QuietDealBody(Deal Deal, string AccountName, DateTime? LastActivityAt, int QuietDays) : NoticeBody;

internal sealed record RenewalBody(Account Account, int DaysLeft) : NoticeBody;

/// <param name="ToLead">True when it goes to the support lead rather than the assignee.</param>
internal sealed record TicketSlaBody(Ticket Ticket, string AccountName, string? AssigneeName, bool ToLead) : NoticeBody;

internal sealed record DigestBody(PipelineResult Pipeline, DateOnly Monday) : NoticeBody;
