using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Data.Tickets;

namespace Crm.Skills.Understanding.Language;

/// <summary>
/// Domain words in both languages, with spans: deal stages, ticket priorities and statuses, activity
/// types. English matches whole words, case-insensitively; Chinese matches substrings. Longer phrases
/// win over the words inside them ("closed lost" is one Lost, not Won + Lost). All matches are returned
/// in order so the caller can pick by position.
/// </summary>
public static class Vocabulary
{
    public static IReadOnlyList<VocabularyMatch<DealStage>> DealStages(string text) => [];

    public static IReadOnlyList<VocabularyMatch<TicketPriority>> TicketPriorities(string text) => [];

    public static IReadOnlyList<VocabularyMatch<TicketStatus>> TicketStatuses(string text) => [];

    public static IReadOnlyList<VocabularyMatch<ActivityType>> ActivityTypes(string text) => [];
}
