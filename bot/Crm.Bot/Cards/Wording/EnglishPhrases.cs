using Crm.Data.Accounts;
using Crm.Data.Activities;
using Crm.Data.Audit;
using Crm.Data.Deals;
using Crm.Data.Tasks;
using Crm.Data.Tickets;
using Crm.Skills.Results;

namespace Crm.Bot.Cards.Wording;

internal sealed class EnglishPhrases : Phrases
{
    public static readonly EnglishPhrases Instance = new();

    public override string Stage(DealStage stage) => stage switch
    {
        DealStage.Lead => "Lead",
        DealStage.Qualified => "Qualified",
        DealStage.NeedsAnalysis => "Needs analysis",
        DealStage.Proposal => "Proposal",
        DealStage.Negotiation => "Negotiation",
        DealStage.Won => "Won",
        _ => "Lost",
    };

    public override string Priority(TicketPriority priority) => priority.ToString();
    public override string TicketStatus(TicketStatus status) => status == Data.Tickets.TicketStatus.Open ? "In progress" : status == Data.Tickets.TicketStatus.Pending ? "Waiting on customer" : status.ToString();
    public override string TaskStatus(CrmTaskStatus status) => status.ToString();
    public override string AccountStatus(AccountStatus status) => status.ToString();
    public override string ActivityType(ActivityType type) => type == Data.Activities.ActivityType.Email ? "E-mail" : type.ToString();

    public override string ActivitySource(ActivitySource source) => source switch
    {
        Data.Activities.ActivitySource.Voice => "Voice note",
        Data.Activities.ActivitySource.Transcript => "Transcript",
        Data.Activities.ActivitySource.Email => "E-mail",
        _ => source.ToString(),
    };
    public override string YesNo(bool value) => value ? "Yes" : "No";

    public override string Flag(CustomerFlag flag) => flag switch
    {
        CustomerFlag.NoRecentContact => "No contact in 14+ days",
        CustomerFlag.ContractEndingSoon => "Contract ends within 30 days",
        CustomerFlag.UrgentTicketOpen => "Urgent ticket open",
        _ => "Overdue ticket open",
    };

    public override string Refusal(RefusalReason reason) => reason switch
    {
        RefusalReason.NotPermitted => "Sorry, you don't have permission to make this change, so nothing was saved.",
        RefusalReason.InvalidValue => "Sorry, I can't save that because a value isn't valid; nothing was saved.",
        RefusalReason.NotFound => "Sorry, I couldn't find that record, so nothing was changed.",
        RefusalReason.UnknownUser => "Sorry, I can't act for you yet: you're not a CRM user; please ask an admin to add you.",
        RefusalReason.NothingToUndo => "Sorry, there's nothing to undo in this conversation.",
        _ => "Sorry, that record was changed by someone else just now; nothing was saved, please try again.",
    };

    public override string Entity(string entity) => entity.ToLowerInvariant() switch
    {
        "deals" or "deal" => "Deal",
        "accounts" or "account" => "Account",
        "contacts" or "contact" => "Contact",
        "activities" or "activity" => "Activity",
        "tickets" or "ticket" => "Ticket",
        "tasks" or "task" => "Task",
        "ticketcomments" or "ticket_comments" or "comments" => "Comment",
        "settings" or "setting" => "Setting",
        "account_aliases" or "aliases" => "Alias",
        _ => entity,
    };

    public override string Field(string field) => FieldKey.Normalize(field) switch
    {
        "stage" => "Stage",
        "amount" => "Amount",
        "currency" => "Currency",
        "closedate" => "Close date",
        "nextstep" => "Next step",
        "nextstepdue" => "Next step due",
        "lostreason" => "Lost reason",
        "name" => "Name",
        "title" => "Title",
        "description" => "Description",
        "priority" => "Priority",
        "status" => "Status",
        "category" => "Category",
        "assigneeid" or "assignee" => "Assignee",
        "ownerid" or "owner" => "Owner",
        "type" => "Type",
        "occurredat" => "When",
        "durationminutes" => "Duration (min)",
        "subject" => "Subject",
        "summary" => "Summary",
        "source" => "Source",
        "accountid" or "account" => "Account",
        "contactid" or "contact" => "Contact",
        "dealid" or "deal" => "Deal",
        "userid" => "By",
        "dueat" => "Due",
        "email" => "E-mail",
        "phone" => "Phone",
        "isprimary" => "Primary contact",
        "text" or "comment" => "Comment",
        "resolvedat" => "Resolved",
        "contractend" => "Contract end",
        "alias" => "Alias",
        "value" => "Value",
        "ticketid" => "Ticket",
        "industry" => "Industry",
        "city" => "City",
        "country" => "Country",
        "tier" => "Tier",
        "tags" => "Tags",
        _ => field,
    };

    public override string Offer(string entity, ChangeKind kind) => (Entity(entity), kind) switch
    {
        ("Activity", ChangeKind.Created) => "Log activity",
        ("Ticket", ChangeKind.Created) => "Open ticket",
        ("Comment", ChangeKind.Created) => "Add comment",
        (var noun, ChangeKind.Created) => "New " + noun.ToLowerInvariant(),
        (var noun, _) => "Update " + noun.ToLowerInvariant(),
    };

    public override string Kind(ChangeKind kind) => kind switch
    {
        ChangeKind.Created => "created",
        ChangeKind.Updated => "updated",
        _ => "deleted",
    };

    public override string Saved => "Saved";
    public override string ConfirmTitle => "Please confirm: nothing is saved yet";
    public override string ConfirmQuestion => "Save these changes?";
    public override string ApplyButton => "Apply";
    public override string CancelButton => "Cancel";
    public override string UndoButton => "Undo";
    public override string UndoTyped => "undo";
    public override string ChangeNumber(long id) => $"Change #{id}";
    public override string UndoHint => "Undo reverts everything this message changed.";
    public override string Undone(long id) => $"Undone: change #{id}";
    public override string UndoneHint => "These records are back as they were.";
    public override string LastChange(long id) => $"Your last change (#{id})";
    public override string Cancelled => "Cancelled: nothing was saved.";
    public override string ChooseButton => "Choose";
    public override string PickOne => "Pick one";
    public override string Empty => "(empty)";
    public override string Colon => ": ";
    public override string Aside(params string[] parts) => $" ({string.Join(", ", parts)})";
    public override string NothingFound => "Nothing found.";
    public override string Of(int shown, int total) => $"Showing {shown} of {total}.";

    public override string Owner => "Owner";
    public override string Status => "Status";
    public override string ContractEnd => "Contract end";
    public override string LastContact => "Last contact";
    public override string Never => "never";
    public override string Contacts => "Contacts";
    public override string JobTitle => "Title";
    public override string OpenDeals(int count) => $"Open deals ({count})";
    public override string OpenTickets(int count) => $"Open tickets ({count})";
    public override string RecentActivities => "Recent activity";
    public override string History(string account) => $"History: {account}";
    public override string Ticket => "Ticket";

    public override string Deal => "Deal";
    public override string Account => "Account";
    public override string StageHeader => "Stage";
    public override string Amount => "Amount";
    public override string CloseDate => "Close date";
    public override string Id => "ID";
    public override string Title => "Title";
    public override string PriorityHeader => "Priority";
    public override string Assignee => "Assignee";
    public override string Task => "Task";
    public override string Due => "Due";
    public override string When => "When";
    public override string What => "What";
    public override string Details => "Details";
    public override string Found(string query, int count) => count == 1 ? $"1 match for \"{query}\"" : $"{count} matches for \"{query}\"";
    public override string Unassigned => "unassigned";

    public override string Pipeline(string scope) => $"Pipeline: {scope}";
    public override string? ScopePart(string key, string? value) => (key, value) switch
    {
        ("mine", _) => "mine",
        ("all", _) => "everyone",
        ("open", _) => "all open",
        ("unassigned", _) => "unassigned",
        ("team", { } team) => $"team {team}",
        ("owner", { } owner) => $"owned by {owner}",
        ("account", { } account) => account,
        ("assignee", { } assignee) => $"assigned to {assignee}",
        ("priority", { } priority) => priority.ToLowerInvariant(),
        ("status", { } status) => status.ToLowerInvariant(),
        ("customersof", { } owner) => $"customers of {owner}",
        ("opened", { } days) => $"opened {days.Replace("..", " to ", StringComparison.Ordinal)}",
        ("worked", { } worker) => $"followed up by {worker}",
        _ => null,
    };
    public override string DealsTitle(string scope) => $"Deals: {scope}";
    public override string CustomersTitle(string scope) => $"Customers: {scope}";
    public override string TicketsTitle(string scope, bool openOnly = true) => openOnly ? $"Open tickets: {scope}" : $"Tickets: {scope}";
    public override string TicketCount(int count) => count == 1 ? "1 ticket" : $"{count} tickets";
    public override string TasksTitle => "Open tasks";
    public override string DealCount(int count) => count == 1 ? "1 deal" : $"{count} deals";
    public override string Total => "Total";
    public override string WeightedTotal => "Weighted total";
    public override string WeightNote(int percent) => $"{percent}%";
    public override string Period(string? from, string? to) => (from, to) switch
    {
        (null, null) => "All close dates",
        (not null, null) => $"Closing from {from}",
        (null, not null) => $"Closing by {to}",
        _ => $"Closing {from} to {to}",
    };

    public override string HelpTitle => "Here's what I can do";
    public override IReadOnlyList<(string Topic, IReadOnlyList<string> Examples)> HelpSections { get; } =
    [
        ("Log calls, meetings and notes", ["Just had a call with Nora at Bluebird Labs, they want a demo next week", "Met the Oakline Dental team yesterday to review the proposal"]),
        ("Update deals", ["Move the Bluebird renewal to negotiation at 45k", "Close date for the Oakline deal is end of month"]),
        ("Tasks and reminders", ["Remind me to send the contract Friday", "My open tasks", "Mark the contract task as done"]),
        ("Tickets", ["Open an urgent ticket for Bluebird Labs: login fails", "Set T-123 to waiting on customer"]),
        ("Look things up", ["Tell me about Oakline Dental", "My pipeline this quarter", "My deals closing this month"]),
        ("Fix mistakes", ["undo", "Actually it was a meeting"]),
    ];
    public override IReadOnlyList<Crm.Bot.Cards.SuggestedReply> StarterReplies { get; } =
        [new("My pipeline", "my pipeline this quarter"), new("My tasks", "my open tasks"), new("Help", "help")];
    public override string Welcome(string name) => $"Hi {name}!";
    public override string WelcomeIntro => "I keep the CRM up to date from what you tell me. Just type what happened, for example:";
}
