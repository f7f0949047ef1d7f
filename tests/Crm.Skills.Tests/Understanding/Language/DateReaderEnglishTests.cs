using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Tests.Understanding.Language;

public sealed class DateReaderEnglishTests
{
    // Wednesday 18 November 2026 unless a case pins another day.
    private const string Wed = "2026-11-18";

    [Theory]
    [InlineData("send the contract Friday", Wed, "2026-11-20")]
    [InlineData("renew the NDA before Christmas", Wed, "2026-12-25")]
    [InlineData("call them on Christmas Eve", Wed, "2026-12-24")]
    [InlineData("wrap it up before Thanksgiving", Wed, "2026-11-26")]
    [InlineData("wrap it up before Thanksgiving", "2026-11-27", "2027-11-25")]
    [InlineData("order form by New Year's Eve", Wed, "2026-12-31")]
    [InlineData("kick off after New Year's", Wed, "2027-01-01")]
    [InlineData("check in on Wednesday", Wed, "2026-11-25")]
    [InlineData("pricing call next Friday", Wed, "2026-11-27")]
    [InlineData("review it next week Friday", Wed, "2026-11-27")]
    [InlineData("demo on Friday next week", Wed, "2026-11-27")]
    [InlineData("next week on Tuesday works", Wed, "2026-11-24")]
    [InlineData("due this Friday", Wed, "2026-11-20")]
    [InlineData("they replied last Friday", Wed, "2026-11-13")]
    [InlineData("follow up Thursday", Wed, "2026-11-19")]
    [InlineData("kickoff this coming Monday", Wed, "2026-11-23")]
    [InlineData("by thurs", Wed, "2026-11-19")]
    [InlineData("send the deck tomorrow", Wed, "2026-11-19")]
    [InlineData("call them today", Wed, "2026-11-18")]
    [InlineData("the day after tomorrow is fine", Wed, "2026-11-20")]
    [InlineData("finish it by end of month", Wed, "2026-11-30")]
    [InlineData("close it by the end of the month", Wed, "2026-11-30")]
    [InlineData("target EOM", Wed, "2026-11-30")]
    [InlineData("slip to end of next month", Wed, "2026-12-31")]
    [InlineData("closing end of quarter", Wed, "2026-12-31")]
    [InlineData("closing end of the quarter", Wed, "2026-12-31")]
    [InlineData("closing end of Q1", Wed, "2027-03-31")]
    [InlineData("closing end of Q4", Wed, "2026-12-31")]
    [InlineData("by the end of the year", Wed, "2026-12-31")]
    [InlineData("move it to mid December", Wed, "2026-12-15")]
    [InlineData("move it to mid-Dec", Wed, "2026-12-15")]
    [InlineData("close date end of January", Wed, "2027-01-31")]
    [InlineData("push to Dec 15", Wed, "2026-12-15")]
    [InlineData("push to December 15th", Wed, "2026-12-15")]
    [InlineData("push to 15 Dec", Wed, "2026-12-15")]
    [InlineData("push to the 15th of December", Wed, "2026-12-15")]
    [InlineData("push to December fifteenth", Wed, "2026-12-15")]
    [InlineData("due the 25th", Wed, "2026-11-25")]
    [InlineData("due on the 5th", Wed, "2026-12-05")]
    [InlineData("follow up with Andrew on the 14th about the upsell", Wed, "2026-12-14")]
    [InlineData("remind me to send the contract wed", "2026-11-23", "2026-11-25")]
    [InlineData("call him mon pm", Wed, "2026-11-23")]
    [InlineData("close date 12/15", Wed, "2026-12-15")]
    [InlineData("close date 2026-12-15", Wed, "2026-12-15")]
    [InlineData("set it to Feb 1", Wed, "2027-02-01")]
    [InlineData("expires Dec 1", Wed, "2026-12-01")]
    [InlineData("renewal on Nov 2", Wed, "2027-11-02")]
    [InlineData("renewal Nov 18", Wed, "2026-11-18")]
    [InlineData("check again in two weeks", Wed, "2026-12-02")]
    [InlineData("check again in 3 days", Wed, "2026-11-21")]
    [InlineData("a week from now", Wed, "2026-11-25")]
    [InlineData("in a month", Wed, "2026-12-18")]
    [InlineData("in 5 business days", Wed, "2026-11-25")]
    [InlineData("Jan 5 works", "2026-12-28", "2027-01-05")]
    [InlineData("Friday", "2026-12-28", "2027-01-01")]
    [InlineData("next Friday", "2026-12-28", "2027-01-08")]
    [InlineData("end of month", "2026-12-28", "2026-12-31")]
    [InlineData("end of next month", "2026-12-28", "2027-01-31")]
    [InlineData("in a week", "2026-12-28", "2027-01-04")]
    [InlineData("the 3rd", "2026-12-28", "2027-01-03")]
    [InlineData("mid January", "2026-12-28", "2027-01-15")]
    [InlineData("end of Q1", "2026-12-28", "2027-03-31")]
    [InlineData("end of Q1", "2026-02-10", "2026-03-31")]
    [InlineData("next Friday", "2026-11-22", "2026-11-27")]
    [InlineData("Friday", "2026-11-22", "2026-11-27")]
    [InlineData("this Friday", "2026-11-22", "2026-11-27")]
    [InlineData("next Monday", "2026-11-22", "2026-11-23")]
    [InlineData("last Friday", "2026-11-22", "2026-11-13")]
    [InlineData("next Monday", "2026-11-23", "2026-11-30")]
    [InlineData("Monday", "2026-11-23", "2026-11-30")]
    [InlineData("this Sunday", "2026-11-23", "2026-11-29")]
    [InlineData("end of month", "2027-02-03", "2027-02-28")]
    [InlineData("end of month", "2028-02-03", "2028-02-29")]
    [InlineData("wrap it up by end of the week", Wed, "2026-11-20")]
    [InlineData("send it by EOD", Wed, "2026-11-18")]
    [InlineData("the 1st of Dec", Wed, "2026-12-01")]
    [InlineData("due Dec. 15", Wed, "2026-12-15")]
    [InlineData("due 12/15/2026", Wed, "2026-12-15")]
    [InlineData("2 weeks from today", Wed, "2026-12-02")]
    [InlineData("next Tues", Wed, "2026-11-24")]
    public void FindAll_PlanningPhrase_ResolvesToRuleDate(string text, string today, string expected)
    {
        var date = Single(text, today, DateDirection.Future);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.Date);
    }

    [Theory]
    [InlineData("met them Monday", Wed, "2026-11-16")]
    [InlineData("spoke Wednesday", Wed, "2026-11-11")]
    [InlineData("visited on Friday", Wed, "2026-11-13")]
    [InlineData("called Tuesday", Wed, "2026-11-17")]
    [InlineData("met last Friday", Wed, "2026-11-13")]
    [InlineData("met yesterday", Wed, "2026-11-17")]
    [InlineData("met yesterday afternoon", Wed, "2026-11-17")]
    [InlineData("met this morning", Wed, "2026-11-18")]
    [InlineData("met them on Dec 1", Wed, "2025-12-01")]
    [InlineData("met on the 20th", Wed, "2026-10-20")]
    [InlineData("signed on 11/2", Wed, "2026-11-02")]
    [InlineData("met the day before yesterday", Wed, "2026-11-16")]
    [InlineData("met them last night", Wed, "2026-11-17")]
    [InlineData("we spoke two days ago", Wed, "2026-11-16")]
    [InlineData("visited a week ago", Wed, "2026-11-11")]
    [InlineData("signed 3 months ago", Wed, "2026-08-18")]
    public void FindAll_ReportingPhrase_ResolvesBackwards(string text, string today, string expected)
    {
        var date = Single(text, today, DateDirection.Past);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.Date);
    }

    [Theory]
    [InlineData("next week", "2026-11-23", DateKind.Week)]
    [InlineData("next month", "2026-12-01", DateKind.Month)]
    [InlineData("in January", "2027-01-01", DateKind.Month)]
    [InlineData("early next month", "2026-12-01", DateKind.Month)]
    [InlineData("in a few days", "2026-11-21", DateKind.Relative)]
    [InlineData("this weekend", "2026-11-21", DateKind.Weekday)]
    [InlineData("the first week of December", "2026-12-01", DateKind.Week)]
    [InlineData("last week of next month", "2026-12-25", DateKind.Week)]
    [InlineData("next weekend", "2026-11-28", DateKind.Weekday)]
    [InlineData("late January", "2027-01-31", DateKind.EndOfPeriod)]
    public void FindAll_OpenEndedPhrase_IsFlaggedVague(string text, string expected, DateKind kind)
    {
        var date = Single(text, Wed, DateDirection.Future);

        Assert.True(date.Vague);
        Assert.Equal(kind, date.Kind);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.Date);
    }

    [Theory]
    [InlineData("Friday", false)]
    [InlineData("Dec 15", false)]
    [InlineData("end of month", false)]
    [InlineData("tomorrow", false)]
    public void FindAll_ExactPhrase_IsNotVague(string text, bool vague)
    {
        Assert.Equal(vague, Single(text, Wed, DateDirection.Future).Vague);
    }

    [Theory]
    [InlineData("pipeline this quarter", "2026-10-01", "2026-12-31")]
    [InlineData("deals closing this month", "2026-11-01", "2026-11-30")]
    [InlineData("what happened this week", "2026-11-16", "2026-11-22")]
    [InlineData("rebuilding their website in Q1", "2027-01-01", "2027-03-31")]
    [InlineData("forecast for next quarter", "2027-01-01", "2027-03-31")]
    [InlineData("deals won last month", "2026-10-01", "2026-10-31")]
    public void FindAll_Period_ReportsFirstAndLastDay(string text, string first, string last)
    {
        var date = Single(text, Wed, DateDirection.Future);

        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), date.Date);
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), date.End);
    }

    [Theory]
    [InlineData("remind me tomorrow at 3pm", "2026-11-19", 15, 0, "tomorrow at 3pm")]
    [InlineData("call Friday 10:30", "2026-11-20", 10, 30, "Friday 10:30")]
    [InlineData("sync at 9am", "2026-11-18", 9, 0, "9am")]
    [InlineData("lunch tomorrow at noon", "2026-11-19", 12, 0, "tomorrow at noon")]
    [InlineData("call Dec 3 at 4:15 pm", "2026-12-03", 16, 15, "Dec 3 at 4:15 pm")]
    [InlineData("dinner tomorrow evening 7:30", "2026-11-19", 19, 30, "tomorrow evening 7:30")]
    public void FindAll_TimeOfDay_JoinsTheDate(string text, string expected, int hour, int minute, string phrase)
    {
        var date = Single(text, Wed, DateDirection.Future);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.Date);
        Assert.Equal(new TimeOnly(hour, minute), date.Time);
        Assert.Equal(phrase, text.Substring(date.Start, date.Length));
    }

    [Theory]
    [InlineData("push the close date to Dec 15 please", "Dec 15")]
    [InlineData("next step is a pricing call with the CFO on Monday", "Monday")]
    [InlineData("todo: prep the renewal deck by end of month", "end of month")]
    public void FindAll_Phrase_ReportsItsSpan(string text, string phrase)
    {
        var date = Single(text, Wed, DateDirection.Future);

        Assert.Equal(phrase, text.Substring(date.Start, date.Length));
    }

    [Theory]
    [InlineData("amount is 45k")]
    [InlineData("open a ticket for T-501")]
    [InlineData("files over 5MB fail")]
    [InlineData("they want a second demo")]
    [InlineData("exports time out after 30 seconds")]
    [InlineData("pilot in three stores")]
    [InlineData("they may be ready soon")]
    [InlineData("the second one")]
    [InlineData("we saw the sun come out")]
    [InlineData("log a call with the CFO")]
    [InlineData("discount of 15%")]
    [InlineData("3/4 of the users logged in")]
    [InlineData("24/7 support is included")]
    [InlineData("wed like a second demo")]
    [InlineData("the meeting is on the 14th floor")]
    public void FindAll_NoDatePhrase_FindsNothing(string text)
    {
        Assert.Empty(DateReader.FindAll(text, new DateContext(new DateOnly(2026, 11, 18))));
    }

    [Fact]
    public void FindAll_TwoDates_ReturnsBothInOrder()
    {
        var all = DateReader.FindAll("close date moves to Dec 5, demo on Dec 2", new DateContext(new DateOnly(2026, 11, 18)));

        Assert.Equal([new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 2)], all.Select(d => d.Date));
    }

    [Fact]
    public void FindAll_SundayWeekStart_UsesThatCalendarWeek()
    {
        var ctx = new DateContext(new DateOnly(2026, 11, 22), DayOfWeek.Sunday);

        var date = Assert.Single(DateReader.FindAll("next Friday", ctx));

        Assert.Equal(new DateOnly(2026, 12, 4), date.Date);
    }

    internal static DateMention Single(string text, string today, DateDirection direction)
    {
        var ctx = new DateContext(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), DayOfWeek.Monday, direction);
        return Assert.Single(DateReader.FindAll(text, ctx));
    }
}
