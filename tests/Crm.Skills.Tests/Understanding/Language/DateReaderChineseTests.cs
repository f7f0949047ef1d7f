using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Tests.Understanding.Language;

public sealed class DateReaderChineseTests
{
    // 2026年11月18日，星期三，除非用例另给日期。
    private const string Wed = "2026-11-18";

    [Theory]
    [InlineData("周五之前把方案发过去", Wed, "2026-11-20")]
    [InlineData("元旦前把合同签了", Wed, "2027-01-01")]
    [InlineData("圣诞节之前发报价", Wed, "2026-12-25")]
    [InlineData("国庆后再约", Wed, "2027-10-01")]
    [InlineData("星期三再约", Wed, "2026-11-25")]
    [InlineData("下周三去现场", Wed, "2026-11-25")]
    [InlineData("下星期五开评审会", Wed, "2026-11-27")]
    [InlineData("下礼拜一给答复", Wed, "2026-11-23")]
    [InlineData("下个星期二", Wed, "2026-11-24")]
    [InlineData("本周五交付", Wed, "2026-11-20")]
    [InlineData("这周五交付", Wed, "2026-11-20")]
    [InlineData("周日也行", Wed, "2026-11-22")]
    [InlineData("星期天也行", Wed, "2026-11-22")]
    [InlineData("今天", Wed, "2026-11-18")]
    [InlineData("明天发合同", Wed, "2026-11-19")]
    [InlineData("后天上午", Wed, "2026-11-20")]
    [InlineData("大后天", Wed, "2026-11-21")]
    [InlineData("月底前整理好", Wed, "2026-11-30")]
    [InlineData("这个月底", Wed, "2026-11-30")]
    [InlineData("本月底", Wed, "2026-11-30")]
    [InlineData("下个月底签", Wed, "2026-12-31")]
    [InlineData("下月底签", Wed, "2026-12-31")]
    [InlineData("季度末关单", Wed, "2026-12-31")]
    [InlineData("本季度末关单", Wed, "2026-12-31")]
    [InlineData("Q1末上线", Wed, "2027-03-31")]
    [InlineData("一季度末上线", Wed, "2027-03-31")]
    [InlineData("第二季度末", Wed, "2027-06-30")]
    [InlineData("年底之前", Wed, "2026-12-31")]
    [InlineData("明年年底", Wed, "2027-12-31")]
    [InlineData("12月中", Wed, "2026-12-15")]
    [InlineData("十二月中旬", Wed, "2026-12-15")]
    [InlineData("关单日期改到一月底", Wed, "2027-01-31")]
    [InlineData("1月底", Wed, "2027-01-31")]
    [InlineData("推到12月15日", Wed, "2026-12-15")]
    [InlineData("推到12月15号", Wed, "2026-12-15")]
    [InlineData("推到十二月十五日", Wed, "2026-12-15")]
    [InlineData("预计12月10号签", Wed, "2026-12-10")]
    [InlineData("2027年3月1日启动", Wed, "2027-03-01")]
    [InlineData("明年3月5号", Wed, "2027-03-05")]
    [InlineData("15号之前", Wed, "2026-12-15")]
    [InlineData("25号", Wed, "2026-11-25")]
    [InlineData("二十号再说", Wed, "2026-11-20")]
    [InlineData("两周后回访", Wed, "2026-12-02")]
    [InlineData("三天后", Wed, "2026-11-21")]
    [InlineData("半个月后", Wed, "2026-12-03")]
    [InlineData("两个星期之后", Wed, "2026-12-02")]
    [InlineData("1月5号", "2026-12-28", "2027-01-05")]
    [InlineData("周五", "2026-12-28", "2027-01-01")]
    [InlineData("下周五", "2026-12-28", "2027-01-08")]
    [InlineData("月底", "2026-12-28", "2026-12-31")]
    [InlineData("下个月底", "2026-12-28", "2027-01-31")]
    [InlineData("下周一", "2026-11-22", "2026-11-23")]
    [InlineData("周一", "2026-11-22", "2026-11-23")]
    [InlineData("下周一", "2026-11-23", "2026-11-30")]
    [InlineData("周一", "2026-11-23", "2026-11-30")]
    [InlineData("月中", "2026-11-03", "2026-11-15")]
    [InlineData("2026-12-15之前", Wed, "2026-12-15")]
    [InlineData("截止12/15前", Wed, "2026-12-15")]
    [InlineData("3天内回复", Wed, "2026-11-21")]
    [InlineData("一周内给结果", Wed, "2026-11-25")]
    [InlineData("这周末加班", Wed, "2026-11-21")]
    [InlineData("下周末", Wed, "2026-11-28")]
    [InlineData("下下周三", Wed, "2026-12-02")]
    [InlineData("周5前", Wed, "2026-11-20")]
    [InlineData("下个月10号前要看到方案", Wed, "2026-12-10")]
    [InlineData("本月28号", Wed, "2026-11-28")]
    public void FindAll_PlanningPhrase_ResolvesToRuleDate(string text, string today, string expected)
    {
        var date = DateReaderEnglishTests.Single(text, today, DateDirection.Future);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.Date);
    }

    [Theory]
    [InlineData("周一拜访了客户", Wed, "2026-11-16")]
    [InlineData("周三见过面", Wed, "2026-11-11")]
    [InlineData("上周五开过会", Wed, "2026-11-13")]
    [InlineData("昨天下午去了一趟", Wed, "2026-11-17")]
    [InlineData("昨晚打了电话", Wed, "2026-11-17")]
    [InlineData("前天", Wed, "2026-11-16")]
    [InlineData("今天上午见了面", Wed, "2026-11-18")]
    [InlineData("今早通过电话", Wed, "2026-11-18")]
    [InlineData("12月1号签的", Wed, "2025-12-01")]
    [InlineData("两天前通过电话", Wed, "2026-11-16")]
    [InlineData("一周前拜访过", Wed, "2026-11-11")]
    [InlineData("三个月前签的", Wed, "2026-08-18")]
    public void FindAll_ReportingPhrase_ResolvesBackwards(string text, string today, string expected)
    {
        var date = DateReaderEnglishTests.Single(text, today, DateDirection.Past);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.Date);
    }

    [Theory]
    [InlineData("下周给答复", "2026-11-23", DateKind.Week)]
    [InlineData("下个月再说", "2026-12-01", DateKind.Month)]
    [InlineData("推到明年一月", "2027-01-01", DateKind.Month)]
    [InlineData("三月份上线", "2027-03-01", DateKind.Month)]
    [InlineData("12月初", "2026-12-01", DateKind.Month)]
    [InlineData("明年年初", "2027-01-01", DateKind.Month)]
    [InlineData("过两天再联系", "2026-11-20", DateKind.Relative)]
    public void FindAll_OpenEndedPhrase_IsFlaggedVague(string text, string expected, DateKind kind)
    {
        var date = DateReaderEnglishTests.Single(text, Wed, DateDirection.Future);

        Assert.True(date.Vague);
        Assert.Equal(kind, date.Kind);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.Date);
    }

    [Theory]
    [InlineData("本季度团队漏斗", "2026-10-01", "2026-12-31")]
    [InlineData("这个季度的单子", "2026-10-01", "2026-12-31")]
    [InlineData("我这个月要关单的有哪些", "2026-11-01", "2026-11-30")]
    [InlineData("本月新增", "2026-11-01", "2026-11-30")]
    [InlineData("本周的拜访", "2026-11-16", "2026-11-22")]
    [InlineData("明年的预算", "2027-01-01", "2027-12-31")]
    [InlineData("一季度的目标", "2027-01-01", "2027-03-31")]
    [InlineData("下季度", "2027-01-01", "2027-03-31")]
    public void FindAll_Period_ReportsFirstAndLastDay(string text, string first, string last)
    {
        var date = DateReaderEnglishTests.Single(text, Wed, DateDirection.Future);

        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), date.Date);
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), date.End);
    }

    [Theory]
    [InlineData("明天下午3点开会", "2026-11-19", 15, 0, "明天下午3点")]
    [InlineData("后天上午十点", "2026-11-20", 10, 0, "后天上午十点")]
    [InlineData("下午三点半打电话", "2026-11-18", 15, 30, "下午三点半")]
    [InlineData("周五晚上8点15分", "2026-11-20", 20, 15, "周五晚上8点15分")]
    [InlineData("12月3号上午9点", "2026-12-03", 9, 0, "12月3号上午9点")]
    [InlineData("明天15:00开会", "2026-11-19", 15, 0, "明天15:00")]
    [InlineData("周三下午两点", "2026-11-25", 14, 0, "周三下午两点")]
    [InlineData("今晚8点打给他", "2026-11-18", 20, 0, "今晚8点")]
    [InlineData("明早9点", "2026-11-19", 9, 0, "明早9点")]
    public void FindAll_TimeOfDay_JoinsTheDate(string text, string expected, int hour, int minute, string phrase)
    {
        var date = DateReaderEnglishTests.Single(text, Wed, DateDirection.Future);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.Date);
        Assert.Equal(new TimeOnly(hour, minute), date.Time);
        Assert.Equal(phrase, text.Substring(date.Start, date.Length));
    }

    [Theory]
    [InlineData("金额三十万")]
    [InlineData("五个门店先试点")]
    [InlineData("能不能便宜一点")]
    [InlineData("三个月的试用期")]
    [InlineData("手机号码换了")]
    [InlineData("统一月度报表")]
    [InlineData("报个工单")]
    [InlineData("第二个")]
    public void FindAll_NoDatePhrase_FindsNothing(string text)
    {
        Assert.Empty(DateReader.FindAll(text, new DateContext(new DateOnly(2026, 11, 18))));
    }

    [Fact]
    public void FindAll_FullWidthDigits_ReadLikeAscii()
    {
        var date = DateReaderEnglishTests.Single("推到１２月１５号", Wed, DateDirection.Future);

        Assert.Equal(new DateOnly(2026, 12, 15), date.Date);
        Assert.Equal(2, date.Start);
    }
}
