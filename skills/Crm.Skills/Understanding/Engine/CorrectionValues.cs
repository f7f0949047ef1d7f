using System.Text.RegularExpressions;
using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Data.Tickets;
using Crm.Skills.Understanding.Index;
using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Reading;
using Crm.Skills.Understanding.Resolution;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// What a correction says, field by field ("actually it was a 45-minute meeting with Owen",
/// "sorry, that was for Harbor", "不对，是高优先级", "sorry, typo - it's t.wright@…"): each value is null when the correction does not
/// speak of it. Which record each value lands on is <see cref="Amendments"/>' business.
/// </summary>
public sealed partial record CorrectionValues
{
    public required string Body { get; init; }
    public ActivityType? Type { get; init; }
    public decimal? Amount { get; init; }
    public DealStage? Stage { get; init; }
    public DateOnly? Past { get; init; }
    public DateOnly? Future { get; init; }
    /// <summary>A date said as the deal's close date ("是预计成交日期 改到十二月十号", "the close date is Dec 10").</summary>
    public DateOnly? CloseDate { get; init; }
    public int? DurationMinutes { get; init; }
    public TicketStatus? TicketStatus { get; init; }
    public TicketPriority? TicketPriority { get; init; }
    /// <summary>An account named on its own ("that was for Harbor"): the record moves there.</summary>
    public string? AccountId { get; init; }
    /// <summary>A CRM user named ("assign it to Tara", "I meant Quinn"), for an assignee or owner.</summary>
    public string? UserId { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    /// <summary>The last digits of the number just saved, said again ("手机号说错了 最后一位是2").</summary>
    public string? PhoneEnding { get; init; }
    public string? NextStep { get; init; }
    /// <summary>A job title said as such ("职位说错了，是运维经理", "her title is VP Sales"), for the contact just saved.</summary>
    public string? JobTitle { get; init; }
    public string? TaskTitle { get; init; }
    /// <summary>A full name said ("oh it's Lena Ortega, not Ortiz"), for the contact just added.</summary>
    public string? PersonName { get; init; }
    /// <summary>The one ticket id said ("弄错了 是T-602", "sorry, I meant T-505"), for a ticket changed by mistake.</summary>
    public string? TicketId { get; init; }
    /// <summary>The correction said the change was meant for another record ("no, I meant the analytics add-on").</summary>
    public bool AnotherRecordMeant { get; init; }

    public static CorrectionValues Read(string body, TurnContext ctx)
    {
        var future = ctx.Dates(DateDirection.Future);
        var step = NextStepCue().Match(body);
        var title = TaskTitleCue().Match(body);
        var account = AccountResolver.Resolve(ctx.Index, body);
        // "是预计成交日期 改到十二月十号": a date said as the close date is the deal's, not the call's or the reminder's.
        var closing = CloseDateWord().IsMatch(body);
        var day = DateReader.FindAll(body, future).Select(d => (DateOnly?)d.Date).FirstOrDefault();
        return new CorrectionValues
        {
            Body = body,
            Type = Vocabulary.ActivityTypes(body).Where(m => !m.Negated).Select(m => (ActivityType?)m.Value).FirstOrDefault()
                ?? (TypeWord().IsMatch(body) ? ActivityBuilder.TypeOf(body) : null),
            Amount = DealBuilder.AmountOf(body),
            Stage = Vocabulary.DealStages(body).Where(m => !m.Negated).Select(m => (DealStage?)m.Value).FirstOrDefault(),
            Past = closing ? null : DateReader.FindAll(body, ctx.Dates(DateDirection.Past)).Select(d => (DateOnly?)d.Date).FirstOrDefault(),
            Future = closing ? null : day,
            CloseDate = closing ? day : null,
            DurationMinutes = DurationReader.Minutes(body),
            TicketStatus = Vocabulary.TicketStatuses(body).Where(m => !m.Negated).Select(m => (TicketStatus?)m.Value).LastOrDefault(),
            TicketPriority = Vocabulary.TicketPriorities(body).Where(m => !m.Negated).Select(m => (TicketPriority?)m.Value).LastOrDefault(),
            AccountId = account.IsUnique && account.Score >= 0.8 ? account.Id : null,
            UserId = UserOf(ctx.Index, body),
            Email = ContactBuilder.EmailOf(body),
            Phone = ContactBuilder.PhoneOf(body),
            PhoneEnding = PhoneEndings.Find(body),
            NextStep = step.Success ? TextParts.WithoutDates(step.Groups["step"].Value, future) : null,
            JobTitle = JobTitleCue().Match(body) is { Success: true } job ? TextParts.Tidy(job.Groups["title"].Value) : null,
            // "make it Monday" moves the date: with the date taken out no title is left, and the title stays.
            TicketId = IntentClassifier.TicketIds(body).Distinct().ToList() is [var ticket] && ctx.Index.Tickets.ContainsKey(ticket) ? ticket : null,
            PersonName = FullName().Match(body) is { Success: true } person ? person.Value : null,
            TaskTitle = title.Success && TextParts.Tidy(TextParts.WithoutDates(title.Groups["title"].Value, future)) is { Length: > 0 } said ? said : null,
        };
    }

    /// <summary>"assign it to Tara" or a user's full or first name on its own ("I meant Quinn").</summary>
    private static string? UserOf(StoreIndex index, string body)
    {
        var assignee = UserResolver.Assignee(index, body);
        if (assignee.IsUnique)
            return assignee.Id;
        return UserResolver.Named(index, body);
    }

    [GeneratedRegex(@"(?<![\p{L}])\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}(?![\p{L}])")]
    private static partial Regex FullName();

    [GeneratedRegex(@"\bclos(?:e|ing)\s+date\b|\bexpected\s+to\s+close\b|(?:预计)?(?:成交|关单|签约|结单)(?:日期|时间)|预计成交", RegexOptions.IgnoreCase)]
    private static partial Regex CloseDateWord();

    [GeneratedRegex(@"\b(?:call|meeting|visit|email|note|met|visited|called)\b|电话|会议|开会|拜访|邮件|见面|备注", RegexOptions.IgnoreCase)]
    private static partial Regex TypeWord();

    [GeneratedRegex(@"(?:\bnext step\b|下一步)\s*(?:is|will be|should be|:|是|为|就是|应该是|改成)?\s*(?<step>.{3,})$", RegexOptions.IgnoreCase)]
    private static partial Regex NextStepCue();

    // The field named, then the title: "职位运维经理" (what is left of "职位说错了，是运维经理"), "title should be VP Sales".
    [GeneratedRegex(@"^\s*(?:(?:his|her|their|the)\s+)?(?:job\s+)?(?:title|position|role)\s*(?:is|should be|should have been|was|:)?\s*(?<title>[^,.;]{2,})$|^\s*(?:把|将)?(?:他的|她的)?(?:职位|职务|头衔|岗位)\s*(?:是|应该是|为|改成|改为|换成|更新为|更新成|[:：])?[\s,，]*(?<title>[^，,。;；]{2,})$"
        // "change her title to VP Sales"
        + @"|^\s*(?:change|update|make)\s+(?:his|her|the)\s+(?:job\s+)?title\s+(?:to\s+)?(?<title>[^,.;]{2,})$", RegexOptions.IgnoreCase)]
    private static partial Regex JobTitleCue();

    [GeneratedRegex(@"^(?:\s*(?:it|that|the (?:task|reminder|todo))\s+(?:should|was supposed to)\s+(?:say|be)\s+|\s*(?:make it|the (?:task|reminder|title) (?:is|should be))\s+(?:to\s+)?|\s*remind me to\s+)(?<title>.{3,})$|^\s*(?:是)?(?:提醒我|任务是|待办是|内容是|标题是)(?<title>.{2,})$", RegexOptions.IgnoreCase)]
    private static partial Regex TaskTitleCue();
}
