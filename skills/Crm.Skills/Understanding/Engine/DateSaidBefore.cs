using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// "log a meeting with rachel at adventure works, they want to sign by dec 10" → "and set the dealer portal close date to
/// that": "that" is the day still to come the message before said, when it said one; the message reads as if it said it.
/// </summary>
public static partial class DateSaidBefore
{
    public static string In(string text, LastWrite last, TurnContext ctx)
    {
        if (ToThat().Match(text) is not { Success: true } that)
            return text;
        var said = last.Actions.Select(a => a.FromText).OfType<string>().Distinct()
            .SelectMany(before => DateReader.FindAll(before, ctx.Dates(DateDirection.Future))
                .Where(d => d.Date > ctx.Today).Select(d => before.Substring(d.Start, d.Length)))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var day = that.Groups["that"];
        return said is [var only] ? string.Concat(text.AsSpan(0, day.Index), only, text.AsSpan(day.Index + day.Length)) : text;
    }

    // "close date to that", "the due date as that day", "关单日期也改成那天": a date field set to a day named only by pointing back.
    [GeneratedRegex(@"\b(?:close|closing|due|signing)\s+date\s+(?:to|as|for|at)\s+(?<that>that(?:\s+(?:date|day))?)(?=\s*[.!]?\s*$|\s*[,;])|(?:关单|成交|签约|截止)日期(?:也)?(?:改成|改为|定成|定在|设成|设为|推到|改到)(?<that>那天|那一天|那个日子|那个日期|这个日期|这天)", RegexOptions.IgnoreCase)]
    private static partial Regex ToThat();
}
