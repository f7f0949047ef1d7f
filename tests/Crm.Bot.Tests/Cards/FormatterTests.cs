using Crm.Bot.Cards.Wording;

namespace Crm.Bot.Tests.Cards;

public sealed class FormatterTests
{
    private static Formatter For(string locale, string zone = "UTC") => new(locale, TimeZoneInfo.FindSystemTimeZoneById(zone));

    [Theory]
    [InlineData("en-US", 45_000, "USD", "$45,000")]
    [InlineData("en-US", 12_500.5, "USD", "$12,500.50")]
    [InlineData("en-US", 1_240_000, "EUR", "€1,240,000")]
    [InlineData("en-US", 1_000, "SGD", "SGD 1,000")]
    public void Money_InLocale_IsAGroupedFigureWithTheCurrency(string locale, double amount, string currency, string expected)
    {
        Assert.Equal(expected, For(locale).Money((decimal)amount, currency));
    }

    [Theory]
    [InlineData(300_000, "CNY", "¥30万")]
    [InlineData(125_000, "CNY", "¥12.5万")]
    [InlineData(12_000_000, "CNY", "¥1,200万")]
    [InlineData(123_456, "CNY", "¥12.3456万")]
    [InlineData(250_000_000, "CNY", "¥2.5亿")]
    [InlineData(8_000, "CNY", "¥8,000")]
    [InlineData(9_999.5, "CNY", "¥9,999.50")]
    [InlineData(45_000, "USD", "US$4.5万")]
    [InlineData(3_000, "USD", "US$3,000")]
    [InlineData(20_000, "EUR", "€2万")]
    [InlineData(60_000, "SGD", "SGD 6万")]
    public void Money_InChinese_CountsInWanAndYiWithTheCurrencySymbol(double amount, string currency, string expected)
    {
        Assert.Equal(expected, For("zh-CN").Money((decimal)amount, currency));
    }

    [Fact]
    public void Money_UnknownLocale_FallsBackToUsEnglish()
    {
        Assert.Equal("$45,000", For("xx-NOPE-1").Money(45_000m, "USD"));
    }

    [Fact]
    public void Instant_UtcFromStore_IsShownOnTheUsersWallClock()
    {
        var utc = new DateTime(2026, 11, 19, 23, 30, 0, DateTimeKind.Utc);

        Assert.Equal("2026年11月20日 周五 07:30", For("zh-CN", "Asia/Shanghai").Instant(utc));
        Assert.Equal("Thu, Nov 19, 2026 4:30 PM", For("en-US", "America/Denver").Instant(utc));
    }

    [Theory]
    [InlineData(0.6, "60%")]
    [InlineData(0.1, "10%")]
    [InlineData(80, "80%")]
    public void Percent_WeightAsFractionOrPercent_ReadsAsPercent(double weight, string expected)
    {
        Assert.Equal(expected, For("en-US").Percent((decimal)weight));
    }
}
