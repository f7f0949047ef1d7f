using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Data.Tickets;

namespace Crm.Skills.Understanding.Language;

/// <summary>
/// Domain words in both languages, with spans: deal stages, ticket priorities and statuses, activity
/// types. English matches whole words, case-insensitively; Chinese matches substrings. Longer phrases
/// win over the words inside them ("closed lost" is one Lost, not Won + Lost). Every match is returned
/// in order, so the caller picks by position and context ("move it to proposal", "T-508 is fixed").
/// </summary>
public static class Vocabulary
{
    /// <summary>lead/线索 … won/赢单/签了, lost/黄了/丢单.</summary>
    public static IReadOnlyList<VocabularyMatch<DealStage>> DealStages(string text) => DealStageWords.Lexicon.FindAll(text);

    /// <summary>urgent/P1/紧急, high/优先级高, normal/普通, low/低优先级.</summary>
    public static IReadOnlyList<VocabularyMatch<TicketPriority>> TicketPriorities(string text) => TicketWords.Priorities.FindAll(text);

    /// <summary>in progress/处理中 → Open, waiting on customer/等客户回复 → Pending, fixed/修好了 → Resolved, closed/关闭 → Closed.</summary>
    public static IReadOnlyList<VocabularyMatch<TicketStatus>> TicketStatuses(string text) => TicketWords.Statuses.FindAll(text);

    /// <summary>call/called/打了电话, meeting/met/开会, visit/拜访/上门, email/发邮件, note/记一下.</summary>
    public static IReadOnlyList<VocabularyMatch<ActivityType>> ActivityTypes(string text) => ActivityWords.Lexicon.FindAll(text);
}
