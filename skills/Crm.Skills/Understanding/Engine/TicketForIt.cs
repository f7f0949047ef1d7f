using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Plan;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// "Hannah Wells from Woodgrove called, audit log export is broken again" → "open a ticket for it, high priority": "it" is
/// the problem the call just logged told, which the ticket then says (the customer and the caller are the call's).
/// </summary>
public static partial class TicketForIt
{
    public static string WithTheProblem(string text, LastWrite last)
    {
        if (!ForIt().IsMatch(text) || last.Actions.OfType<LogActivity>().FirstOrDefault()?.Summary is not { Length: > 0 } problem
            || ActivityBuilder.SaysNothingOfIt(problem))
            return text;
        return text.TrimEnd(' ', '.', '!') + ": " + problem;
    }

    // "open a ticket for it", "pls log a case about that, high priority": a new ticket about what was just said, with no colon
    // and nothing after it but its priority.
    [GeneratedRegex(@"^(?:(?:ok(?:ay)?|and|also|so|then|pls|please|can you|could you)[\s,]+)*(?:open|create|raise|log|file|make|start)\s+(?:a\s+|an\s+)?(?:new\s+)?(?:support\s+)?(?:ticket|case)\s+(?:for|about|on)\s+(?:it|this|that)\b[^:：]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ForIt();
}
