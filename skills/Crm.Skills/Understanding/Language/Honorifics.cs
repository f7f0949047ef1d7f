namespace Crm.Skills.Understanding.Language;

/// <summary>
/// Chinese surname + title: 王总, 李经理, 张工, 陈老师, 马校长, 欧阳总. Only common surnames count, and
/// a title that starts a longer word (总结, 工作, 工单) is not a title, so 汇总 or 报个工单 are not people.
/// </summary>
public static class Honorifics
{
    private static readonly string[] Titles =
    [
        "总经理", "董事长", "总监", "总裁", "经理", "老师", "校长", "主任", "院长", "博士", "先生", "女士", "小姐", "老板",
        "处长", "科长", "部长", "局长", "厂长", "店长", "教授", "律师", "医生", "主管", "组长", "行长", "所长", "书记", "老总",
        "总", "工", "董", "姐", "哥",
    ];

    private const string NotAfterGong = "作程单具厂资期艺业人地位商会号卡种序整";

    private const string NotAfterZong = "结共计额数体是部算之量价值的账";

    /// <summary>Every surname + title in the text, in order.</summary>
    /// <param name="known">Surnames that count besides the common ones: the store's people ("傅主任" when a 傅 is a contact).</param>
    public static IReadOnlyList<HonorificMention> FindAll(string text, Func<string, bool>? known = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<HonorificMention>();
        for (var i = 1; i < text.Length; i++)
        {
            var title = TitleAt(text, i);
            if (title is null)
            {
                continue;
            }

            var surnameLength = Surnames.LengthBefore(text, i);
            if (surnameLength == 0 && known is not null && Index.NameText.IsCjk(text[i - 1]) && known(text.Substring(i - 1, 1)))
                surnameLength = 1;
            if (surnameLength > 0)
            {
                var start = i - surnameLength;
                found.Add(new HonorificMention(text.Substring(start, surnameLength), title, start, surnameLength + title.Length));
                i += title.Length - 1;
            }
        }

        return found;
    }

    private const string TitleStarts = "总董经老校主院博先女小处科部局厂店教律医组行所书工姐哥";

    private static string? TitleAt(string text, int i)
    {
        if (!TitleStarts.Contains(text[i], StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var t in Titles)
        {
            if (string.CompareOrdinal(text, i, t, 0, t.Length) != 0)
            {
                continue;
            }

            var next = i + t.Length < text.Length ? text[i + t.Length] : ' ';
            var blocked = (t == "工" && NotAfterGong.Contains(next, StringComparison.Ordinal))
                || (t == "总" && NotAfterZong.Contains(next, StringComparison.Ordinal))
                || (t == "董" && next == '事')
                || (t == "工" && text[i - 1] == '施')
                || (t is "姐" or "哥" && next is '妹' or '弟' or '们');
            return blocked ? null : t;
        }

        return null;
    }
}
