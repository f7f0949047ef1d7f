namespace Crm.Skills.Understanding.Language;

/// <summary>Words that make a number a count, a duration or a size rather than money.</summary>
internal static class CountUnits
{
    public static readonly string[] Words =
    [
        "users", "user", "seats", "seat", "licenses", "licences", "license", "stores", "store", "sites", "site",
        "people", "persons", "employees", "staff", "units", "unit", "items", "item", "pcs", "pieces", "devices", "device",
        "seconds", "second", "secs", "sec", "minutes", "minute", "mins", "min", "hours", "hour", "hrs", "hr",
        "days", "day", "weeks", "week", "months", "month", "years", "year", "yrs", "times", "calls", "tickets",
        "locations", "branches", "schools", "students", "beds", "trucks", "orders", "records", "rows", "files",
        "customers", "accounts", "members", "visitors", "downloads", "requests", "messages", "emails", "leads", "deals",
        "installs", "sessions", "transactions", "pages", "words", "km", "miles", "kg", "tons", "sqft", "square", "meters", "feet",
        "percent", "pct", "mb", "gb", "kb", "tb", "ms", "am", "pm", "st", "nd", "rd", "th",
        "个", "人", "家", "台", "套", "天", "年", "月", "日", "号", "次", "件", "位", "名", "周", "小时", "分钟",
        "秒", "分", "点", "岁", "条", "张", "间", "所", "辆", "部", "页", "行", "%", "％", "星期", "礼拜", "季度", "期",
        "用户", "门店", "学生", "员工", "订单", "客户", "账号", "台", "公里", "平米", "平方", "吨", "斤", "户",
    ];

    /// <summary>True when the text right after a number (spaces skipped) names a count unit.</summary>
    public static bool Follows(string text, int end) => Spans.NextWordIsAny(text, end, Words);

    private static readonly string[] PhoneWords = ["phone", "mobile", "cell", "tel", "number", "手机", "电话", "号码", "手机号", "微信"];

    /// <summary>True when a phone word appears within a few characters before <paramref name="start"/>.</summary>
    public static bool PhoneBefore(string text, int start)
    {
        var from = Math.Max(0, start - 12);
        var window = text.AsSpan(from, start - from);
        foreach (var w in PhoneWords)
        {
            if (window.Contains(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
