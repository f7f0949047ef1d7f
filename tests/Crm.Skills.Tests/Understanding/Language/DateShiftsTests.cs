using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Tests.Understanding.Language;

public sealed class DateShiftsTests
{
    private static readonly DateOnly From = new(2026, 12, 20);

    [Theory]
    [InlineData("push the close date out two weeks", "2027-01-03")]
    [InlineData("it slipped a month", "2027-01-20")]
    [InlineData("move it back by another week", "2026-12-27")]
    [InlineData("the deal is delayed a couple of weeks", "2027-01-03")]
    [InlineData("pull the close date in by 10 days", "2026-12-10")]
    [InlineData("bring it forward a week", "2026-12-13")]
    [InlineData("关单日期往后推一个月", "2027-01-20")]
    [InlineData("推迟两周", "2027-01-03")]
    [InlineData("顺延半个月", "2027-01-04")]
    [InlineData("提前十天签", "2026-12-10")]
    public void Read_ASpanSaid_MovesTheDateByIt(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), DateShifts.Read(text)!.Value.From(From));

    [Fact]
    public void Span_OfAMonth_FromTheMonthsLastDay_EndsOnTheNextMonthsLast() =>
        Assert.Equal(new DateOnly(2027, 2, 28), new DateSpan(0, 1).From(new DateOnly(2027, 1, 31)));

    [Theory]
    [InlineData("push it to two weeks from now")]
    [InlineData("they'll sign in two weeks")]
    [InlineData("push the close date to Dec 10")]
    [InlineData("moving forward with them in a month")]
    [InlineData("两周后再跟进")]
    [InlineData("推到下个月15号")]
    public void Read_ADayOrNoMove_IsNoSpan(string text) =>
        Assert.Null(DateShifts.Read(text));
}
