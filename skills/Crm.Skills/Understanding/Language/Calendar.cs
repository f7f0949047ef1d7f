namespace Crm.Skills.Understanding.Language;

/// <summary>Calendar arithmetic behind the date rules; every method is pure and takes the context.</summary>
internal static class Calendar
{
    public static DateOnly WeekStart(DateOnly day, DayOfWeek weekStart) =>
        day.AddDays(-(((int)day.DayOfWeek - (int)weekStart + 7) % 7));

    /// <summary>The given weekday inside the calendar week that starts on <paramref name="weekStartDay"/>.</summary>
    public static DateOnly InWeek(DateOnly weekStartDay, DayOfWeek day) =>
        weekStartDay.AddDays(((int)day - (int)weekStartDay.DayOfWeek + 7) % 7);

    /// <summary>A bare weekday: the next such day after today (planning) or the latest before today (reporting).</summary>
    public static DateOnly BareWeekday(DateContext ctx, DayOfWeek day)
    {
        if (ctx.Direction == DateDirection.Future)
        {
            var ahead = ((int)day - (int)ctx.Today.DayOfWeek + 7) % 7;
            return ctx.Today.AddDays(ahead == 0 ? 7 : ahead);
        }

        var back = ((int)ctx.Today.DayOfWeek - (int)day + 7) % 7;
        return ctx.Today.AddDays(-(back == 0 ? 7 : back));
    }

    /// <summary>The weekday in the calendar week <paramref name="weekOffset"/> weeks from this one.</summary>
    public static DateOnly WeekdayInWeek(DateContext ctx, DayOfWeek day, int weekOffset) =>
        InWeek(WeekStart(ctx.Today, ctx.WeekStart).AddDays(7 * weekOffset), day);

    public static DateOnly EndOfMonth(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    public static DateOnly EndOfQuarter(int year, int quarter) => EndOfMonth(year, quarter * 3);

    public static int QuarterOf(DateOnly day) => ((day.Month - 1) / 3) + 1;

    /// <summary>Month and day without a year: the next occurrence (today counts) or the latest one.</summary>
    public static DateOnly? MonthDay(DateContext ctx, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1 || day > 31)
        {
            return null;
        }

        var year = ctx.Today.Year;
        if (!TryDate(year, month, day, out var date) && !TryDate(year + 1, month, day, out date))
        {
            return null;
        }

        if (ctx.Direction == DateDirection.Future && date < ctx.Today)
        {
            return TryDate(date.Year + 1, month, day, out var next) ? next : null;
        }

        if (ctx.Direction == DateDirection.Past && date > ctx.Today)
        {
            return TryDate(date.Year - 1, month, day, out var previous) ? previous : null;
        }

        return date;
    }

    /// <summary>A day of the month alone ("15号", "the 15th"): this month, or the next/previous month.</summary>
    public static DateOnly? DayOfMonth(DateContext ctx, int day)
    {
        if (day is < 1 or > 31)
        {
            return null;
        }

        var first = new DateOnly(ctx.Today.Year, ctx.Today.Month, 1);
        var step = ctx.Direction == DateDirection.Future ? 1 : -1;
        for (var i = 0; i < 3; i++)
        {
            var month = first.AddMonths(i * step);
            if (TryDate(month.Year, month.Month, day, out var date)
                && (ctx.Direction == DateDirection.Future ? date >= ctx.Today : date <= ctx.Today))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The year a month without a year falls in: this year unless it has passed (planning) or not come (reporting).</summary>
    public static int YearOfMonth(DateContext ctx, int month, bool wholeMonthPassed = false)
    {
        var today = ctx.Today;
        if (ctx.Direction == DateDirection.Future)
        {
            return month < today.Month || (wholeMonthPassed && month == today.Month) ? today.Year + 1 : today.Year;
        }

        return month > today.Month ? today.Year - 1 : today.Year;
    }

    public static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        var valid = year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        date = valid ? new DateOnly(year, month, day) : default;
        return valid;
    }
}
