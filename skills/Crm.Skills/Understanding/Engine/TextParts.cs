using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Understanding.Engine;

/// <summary>Small text operations the action builders share: cutting out dates and tidying what is left.</summary>
public static partial class TextParts
{
    /// <summary>The text without its date phrases ("on Friday", "by end of month", "周五之前").</summary>
    public static string WithoutDates(string text, DateContext dates)
    {
        var mentions = DateReader.FindAll(text, dates).OrderByDescending(d => d.Start).ToList();
        foreach (var d in mentions)
        {
            var start = d.Start;
            var end = d.EndIndex;
            var lead = LeadingPreposition().Match(text[..start]);
            if (lead.Success)
                start = lead.Index;
            var tail = TrailingChinese().Match(text, end);
            if (tail.Success && tail.Index == end)
                end += tail.Length;
            // "合同下周二寄过去" → "合同寄过去": Chinese words join without a space.
            var joint = start > 0 && end < text.Length && Index.NameText.IsCjk(text[start - 1]) && Index.NameText.IsCjk(text[end]) ? "" : " ";
            text = text[..start] + joint + text[end..];
        }
        return Tidy(text);
    }

    /// <summary>The text without a month and day that does not exist ("on Nov 31"), once another day was given for it.</summary>
    public static string WithoutNoSuchDates(string text)
    {
        while (NoSuchDates.First(text) is { } none)
        {
            var lead = LeadingPreposition().Match(text[..none.Start]);
            text = text[..(lead.Success ? lead.Index : none.Start)] + " " + text[(none.Start + none.Length)..];
        }
        return text;
    }

    public static string Tidy(string text)
    {
        text = Spaces().Replace(text, " ").Trim();
        return text.Trim(' ', ',', '.', ':', ';', '-', '，', '。', '：', '、');
    }

    [GeneratedRegex(@"\b(?:on|by|before|until|due|for|in|at|this|next)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingPreposition();

    [GeneratedRegex(@"之前|以前|前|的时候|左右")]
    private static partial Regex TrailingChinese();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
