using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Tests.Understanding.Language;

/// <summary>A weekday said beside a calendar date: the date is the day meant, the weekday only confirms it.</summary>
public sealed class WeekdayBesideDateTests
{
    // Wednesday 18 November 2026.
    private static readonly DateContext Planning = new(new DateOnly(2026, 11, 18));

    [Theory]
    [InlineData("sorry, make it monday the 30th", "2026-11-30", "monday the 30th")]
    [InlineData("send it Mon, Nov 30", "2026-11-30", "Mon, Nov 30")]
    [InlineData("call them Thursday 12/3", "2026-12-03", "Thursday 12/3")]
    [InlineData("改到周一 30号", "2026-11-30", "周一 30号")]
    [InlineData("改到30号周一", "2026-11-30", "30号周一")]
    [InlineData("下周一（11月30日）签", "2026-11-30", "下周一（11月30日）")]
    public void FindAll_WeekdayBesideTheDateItFallsOn_IsThatDate(string text, string expected, string phrase)
    {
        var date = Assert.Single(DateReader.FindAll(text, Planning));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.Date);
        Assert.Equal(phrase, text.Substring(date.Start, date.Length));
    }

    [Theory]
    [InlineData("make it monday the 29th", "Monday 29 November")]
    [InlineData("改到周五 30号", "11月30日（周五）")]
    public void WeekdayBesideADateItDoesNotFallOn_IsNoDateAndIsSaidSo(string text, string said)
    {
        Assert.Empty(DateReader.FindAll(text, Planning));
        var none = Assert.NotNull(NoSuchDates.First(text, Planning));
        Assert.Contains(said, new[] { none.English, none.Chinese });
    }
}
