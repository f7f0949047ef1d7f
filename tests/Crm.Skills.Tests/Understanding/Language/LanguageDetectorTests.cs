using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Tests.Understanding.Language;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("帮我看下这个客户", true)]
    [InlineData("看下我本季度的pipeline", true)]
    [InlineData("T-605 状态改成处理中", true)]
    [InlineData("撤销", true)]
    [InlineData("改成 yangfan@tianfu-soft.example", true)]
    [InlineData("邮箱改成 han.lei@yunshan-info.example", true)]
    [InlineData("log a call with the buyer", false)]
    [InlineData("met 王总 about the renewal today", false)]
    [InlineData("undo", false)]
    [InlineData("", false)]
    [InlineData("12345", false)]
    [InlineData(null, false)]
    public void IsChinese_Message_PicksReplyLanguage(string? text, bool expected)
    {
        Assert.Equal(expected, LanguageDetector.IsChinese(text));
    }

    [Theory]
    [InlineData("186 2800 1234", true)]
    [InlineData("wanglei@hengtong-log.example", true)]
    [InlineData("Globex", false)]
    [InlineData("the Globex one", false)]
    [InlineData("恒通的", false)]
    public void HasNoWords_AValueAlone_SaysNothingOfTheLanguage(string text, bool expected)
    {
        Assert.Equal(expected, LanguageDetector.HasNoWords(text));
    }
}
