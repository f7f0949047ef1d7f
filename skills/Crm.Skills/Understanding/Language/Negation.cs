namespace Crm.Skills.Understanding.Language;

/// <summary>Whether a word is denied right before it: "not a call", "instead of a meeting", "不是电话", "不用建工单", "no need for a ticket".</summary>
internal static class Negation
{
    private static readonly string[] English = ["not", "isn't", "wasn't", "no longer", "instead of", "rather than", "never", "don't", "didn't", "not a", "not an", "not the", "no need to", "no need for"];

    private static readonly string[] Chinese = ["不是", "没有", "并非", "而不是", "不再", "没", "没再", "没有再", "再没", "不会再", "别再", "不用", "不需要", "不必", "无需", "没必要", "用不着"];

    private static readonly string[] Articles = ["a ", "an ", "the ", "一个", "个", "一次", "打"];

    public static bool Before(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        foreach (var article in Articles)
        {
            var trimmed = article.TrimEnd();
            if (end >= trimmed.Length && string.Compare(text, end - trimmed.Length, trimmed, 0, trimmed.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (LanguageDetector.IsIdeograph(trimmed[0]) || end == trimmed.Length || text[end - trimmed.Length - 1] == ' '))
            {
                end -= trimmed.Length;
                while (end > 0 && text[end - 1] == ' ')
                {
                    end--;
                }

                break;
            }
        }

        return EndsWithAny(text, end, Chinese, wordBoundary: false) || EndsWithAny(text, end, English, wordBoundary: true);
    }

    private static bool EndsWithAny(string text, int end, string[] words, bool wordBoundary)
    {
        foreach (var w in words)
        {
            var start = end - w.Length;
            if (start >= 0 && string.Compare(text, start, w, 0, w.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (!wordBoundary || start == 0 || !char.IsAsciiLetter(text[start - 1])))
            {
                return true;
            }
        }

        return false;
    }
}
