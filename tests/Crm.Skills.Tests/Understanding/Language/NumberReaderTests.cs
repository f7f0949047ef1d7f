using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Tests.Understanding.Language;

public sealed class NumberReaderTests
{
    [Theory]
    [InlineData("one", 1)]
    [InlineData("twelve", 12)]
    [InlineData("forty five", 45)]
    [InlineData("forty-five", 45)]
    [InlineData("ninety nine", 99)]
    [InlineData("a hundred", 100)]
    [InlineData("one hundred and twenty", 120)]
    [InlineData("two thousand five hundred", 2500)]
    [InlineData("forty five thousand", 45000)]
    [InlineData("a million", 1000000)]
    [InlineData("three million two hundred thousand", 3200000)]
    [InlineData("Seventy Two", 72)]
    [InlineData("17", 17)]
    public void EnglishNumbers_Cardinal_IsRead(string text, long expected)
    {
        Assert.True(EnglishNumbers.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("two three")]
    [InlineData("hello")]
    [InlineData("five apples")]
    [InlineData("second")]
    public void EnglishNumbers_NotACardinal_IsRejected(string text)
    {
        Assert.False(EnglishNumbers.TryParse(text, out _));
    }

    [Theory]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("十二", 12)]
    [InlineData("二十五", 25)]
    [InlineData("两百", 200)]
    [InlineData("两百五", 250)]
    [InlineData("一百零五", 105)]
    [InlineData("三千五", 3500)]
    [InlineData("三十万", 300000)]
    [InlineData("十二万五", 125000)]
    [InlineData("十二万五千", 125000)]
    [InlineData("九万二", 92000)]
    [InlineData("一万零五", 10005)]
    [InlineData("两百万", 2000000)]
    [InlineData("一百二十万", 1200000)]
    [InlineData("一亿二千万", 120000000)]
    [InlineData("二零二六", 2026)]
    [InlineData("〇", 0)]
    [InlineData("叁拾", 30)]
    public void ChineseNumerals_Numeral_IsRead(string text, long expected)
    {
        Assert.True(ChineseNumerals.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("个")]
    [InlineData("三个")]
    public void ChineseNumerals_NotANumeral_IsRejected(string text)
    {
        Assert.False(ChineseNumerals.TryParse(text, out _));
    }

    [Theory]
    [InlineData("2", 2)]
    [InlineData("  3. ", 3)]
    [InlineData("#2", 2)]
    [InlineData("option 3", 3)]
    [InlineData("the second one", 2)]
    [InlineData("second", 2)]
    [InlineData("2nd", 2)]
    [InlineData("the 2nd one please", 2)]
    [InlineData("first", 1)]
    [InlineData("the first one", 1)]
    [InlineData("one", 1)]
    [InlineData("number two", 2)]
    [InlineData("the third", 3)]
    [InlineData("last", OrdinalReader.Last)]
    [InlineData("the last one", OrdinalReader.Last)]
    [InlineData("第二个", 2)]
    [InlineData("第2个", 2)]
    [InlineData("二", 2)]
    [InlineData("第三", 3)]
    [InlineData("选第一个", 1)]
    [InlineData("第一个吧", 1)]
    [InlineData("最后一个", OrdinalReader.Last)]
    [InlineData("２", 2)]
    [InlineData("就第二个", 2)]
    [InlineData("后面那个", OrdinalReader.Last)]
    [InlineData("后一个", OrdinalReader.Last)]
    [InlineData("前面那个", 1)]
    [InlineData("the latter", OrdinalReader.Last)]
    public void OrdinalReader_ChoiceAnswer_ReadsIndex(string text, int expected)
    {
        Assert.True(OrdinalReader.TryRead(text, out var index));
        Assert.Equal(expected, index);
    }

    [Theory]
    [InlineData("")]
    [InlineData("the Globex one")]
    [InlineData("分析那个")]
    [InlineData("move it to 45k")]
    [InlineData("2 users")]
    [InlineData("no")]
    [InlineData("second demo went well")]
    [InlineData("0")]
    [InlineData("1 and 2")]
    [InlineData("售后服务平台那个")]
    public void OrdinalReader_NotAChoice_ReturnsFalse(string text)
    {
        Assert.False(OrdinalReader.TryRead(text, out _));
    }
}
