using Crm.Skills.Understanding.Index;
using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Tests.Understanding.Language;

public sealed class DurationReaderTests
{
    [Theory]
    [InlineData("it ran 45 minutes", 45)]
    [InlineData("it was ten minutes tops", 10)]
    [InlineData("about an hour and a half", 90)]
    [InlineData("only half an hour", 30)]
    [InlineData("two hours", 120)]
    [InlineData("聊了四十分钟", 40)]
    [InlineData("开了一个半小时", 90)]
    [InlineData("两个小时", 120)]
    [InlineData("半小时", 30)]
    public void Minutes_OfASaidDuration_IsRead(string text, int minutes) =>
        Assert.Equal(minutes, DurationReader.Minutes(text));

    [Theory]
    [InlineData("moved the deal to negotiation at 45k")]
    [InlineData("周五之前发合同")]
    public void Minutes_WithoutADuration_IsNull(string text) =>
        Assert.Null(DurationReader.Minutes(text));

    [Fact]
    public void TicketKeys_OfEnglishAndChinese_AreStemmedWordsAndBigramsWithoutGenericWords()
    {
        var english = TicketWordIndex.Keys("the invoices ticket is fixed").ToList();
        var chinese = TicketWordIndex.Keys("关于登录的那个工单").ToList();

        Assert.Equal(["invoice"], english);
        Assert.Contains("登录", chinese);
        Assert.DoesNotContain("工单", chinese);
        Assert.DoesNotContain("那个", chinese);
    }
}
