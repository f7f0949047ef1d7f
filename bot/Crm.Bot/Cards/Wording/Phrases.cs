using Crm.Data.Accounts;
using Crm.Data.Activities;
using Crm.Data.Audit;
using Crm.Data.Deals;
using Crm.Data.Tasks;
using Crm.Data.Tickets;
using Crm.Skills.Conversation;
using Crm.Skills.Results;

namespace Crm.Bot.Cards.Wording;

/// <summary>
/// Every word a card shows, in one language. Abstract members make a missing translation a
/// compile error rather than an English word in a Chinese reply.
/// </summary>
internal abstract class Phrases
{
    public static Phrases For(ReplyLanguage language) => language == ReplyLanguage.Chinese ? ChinesePhrases.Instance : EnglishPhrases.Instance;

    public abstract string Stage(DealStage stage);
    public abstract string Priority(TicketPriority priority);
    public abstract string TicketStatus(TicketStatus status);
    public abstract string TaskStatus(CrmTaskStatus status);
    public abstract string AccountStatus(AccountStatus status);
    public abstract string ActivityType(ActivityType type);
    public abstract string ActivitySource(ActivitySource source);
    public abstract string YesNo(bool value);
    public abstract string Flag(CustomerFlag flag);
    public abstract string Refusal(RefusalReason reason);
    /// <summary>Collection name as in the exchange format (deals, tickets…) to a noun; unknown ones pass through.</summary>
    public abstract string Entity(string entity);
    /// <summary>Field name (camelCase or snake_case) to a label; unknown ones pass through.</summary>
    public abstract string Field(string field);
    public abstract string Kind(ChangeKind kind);
    /// <summary>What an offered write would do, as a button's verb: "New task", "Update deal", "更新商机".</summary>
    public abstract string Offer(string entity, ChangeKind kind);

    public abstract string Saved { get; }
    public abstract string ConfirmTitle { get; }
    public abstract string ConfirmQuestion { get; }
    public abstract string ApplyButton { get; }
    public abstract string CancelButton { get; }
    public abstract string UndoButton { get; }
    public abstract string UndoTyped { get; }
    public abstract string ChangeNumber(long id);
    public abstract string UndoHint { get; }
    public abstract string Undone(long id);
    public abstract string UndoneHint { get; }
    public abstract string LastChange(long id);
    public abstract string Cancelled { get; }
    public abstract string ChooseButton { get; }
    public abstract string PickOne { get; }
    public abstract string Empty { get; }
    /// <summary>Joins a label and its text: ": " in English, "：" in Chinese.</summary>
    public abstract string Colon { get; }
    /// <summary>A parenthesised aside in the language's punctuation.</summary>
    public abstract string Aside(params string[] parts);
    public abstract string NothingFound { get; }
    public abstract string Of(int shown, int total);

    public abstract string Owner { get; }
    public abstract string Status { get; }
    public abstract string ContractEnd { get; }
    public abstract string LastContact { get; }
    public abstract string Never { get; }
    public abstract string Contacts { get; }
    /// <summary>A contact's position at the customer ("CFO", "采购经理"), as against a ticket's or task's title.</summary>
    public abstract string JobTitle { get; }
    public abstract string OpenDeals(int count);
    public abstract string OpenTickets(int count);
    public abstract string RecentActivities { get; }
    public abstract string History(string account);
    public abstract string Ticket { get; }

    public abstract string Deal { get; }
    public abstract string Account { get; }
    public abstract string StageHeader { get; }
    public abstract string Amount { get; }
    public abstract string CloseDate { get; }
    public abstract string Id { get; }
    public abstract string Title { get; }
    public abstract string PriorityHeader { get; }
    public abstract string Assignee { get; }
    public abstract string Task { get; }
    public abstract string Due { get; }
    public abstract string When { get; }
    public abstract string What { get; }
    public abstract string Details { get; }
    public abstract string Found(string query, int count);
    public abstract string Unassigned { get; }

    public abstract string Pipeline(string scope);
    /// <summary>One part of a skill's scope code ("mine", "team:West", "priority:urgent"…) in words; null when unknown.</summary>
    public abstract string? ScopePart(string key, string? value);
    public abstract string DealsTitle(string scope);
    public abstract string CustomersTitle(string scope);
    /// <summary>The heading of a ticket list; "open" only when closed tickets were left out.</summary>
    public abstract string TicketsTitle(string scope, bool openOnly = true);
    public abstract string TicketCount(int count);
    public abstract string TasksTitle { get; }
    public abstract string DealCount(int count);
    public abstract string Total { get; }
    public abstract string WeightedTotal { get; }
    public abstract string WeightNote(int percent);
    public abstract string Period(string? from, string? to);

    public abstract string HelpTitle { get; }
    public abstract IReadOnlyList<(string Topic, IReadOnlyList<string> Examples)> HelpSections { get; }
    public abstract IReadOnlyList<SuggestedReply> StarterReplies { get; }
    public abstract string Welcome(string name);
    public abstract string WelcomeIntro { get; }
}
