using System.ComponentModel;

namespace Crm.Skills.Pipeline;

/// <summary>A window of close dates, read in the acting user's time zone.</summary>
public enum Period
{
    [Description("No date filter")] Any,
    [Description("Closing this calendar month (本月)")] ThisMonth,
    [Description("Closing next calendar month (下个月)")] NextMonth,
    [Description("Closing this calendar quarter (本季度)")] ThisQuarter,
    [Description("Closing next calendar quarter (下季度)")] NextQuarter,
    [Description("Closing this calendar year (今年)")] ThisYear,
    [Description("Closing between the given from and to dates")] Custom,
}

/// <summary>Whose deals: behaviour §5 scope rules.</summary>
public enum DealScope
{
    [Description("The acting user's own deals (我的); admins see all")] Mine,
    [Description("Deals owned by anyone in the acting user's team (团队)")] MyTeam,
    [Description("Every deal in the company (全部/公司)")] All,
    [Description("Deals owned by the user given as ownerId")] Owner,
    [Description("Deals owned by anyone in the team given as team")] Team,
}

/// <summary>Turns a period into inclusive dates.</summary>
public static class Periods
{
    public static (DateOnly? From, DateOnly? To) Resolve(Period period, DateOnly today, DateOnly? from = null, DateOnly? to = null)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        var quarter = new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1);
        return period switch
        {
            Period.ThisMonth => (month, month.AddMonths(1).AddDays(-1)),
            Period.NextMonth => (month.AddMonths(1), month.AddMonths(2).AddDays(-1)),
            Period.ThisQuarter => (quarter, quarter.AddMonths(3).AddDays(-1)),
            Period.NextQuarter => (quarter.AddMonths(3), quarter.AddMonths(6).AddDays(-1)),
            Period.ThisYear => (new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31)),
            Period.Custom => (from, to),
            _ => (null, null),
        };
    }
}
