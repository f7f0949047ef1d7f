using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Tests.Understanding.Language;

public sealed class AmountReaderTests
{
    [Theory]
    [InlineData("bump it to 45k please", "45k", 45000)]
    [InlineData("the quote came in at 45K", "45K", 45000)]
    [InlineData("they signed for $45,000 today", "$45,000", 45000)]
    [InlineData("budget is 45,000", "45,000", 45000)]
    [InlineData("renewal value 115,000", "115,000", 115000)]
    [InlineData("renewal value 87500", "87500", 87500)]
    [InlineData("call it 45 grand", "45 grand", 45000)]
    [InlineData("pricing lands at forty five thousand", "forty five thousand", 45000)]
    [InlineData("pricing lands at forty-five thousand", "forty-five thousand", 45000)]
    [InlineData("we agreed one hundred and twenty thousand", "one hundred and twenty thousand", 120000)]
    [InlineData("they want a million seats", "", 0)]
    [InlineData("the pilot is worth 1.2 million", "1.2 million", 1200000)]
    [InlineData("the pilot is worth 1.5m", "1.5m", 1500000)]
    [InlineData("expansion could reach $2M next year", "$2M", 2000000)]
    [InlineData("maybe half a million all in", "half a million", 500000)]
    [InlineData("amount seventy two thousand five hundred", "seventy two thousand five hundred", 72500)]
    [InlineData("it's about three hundred dollars", "three hundred dollars", 300)]
    [InlineData("we priced it at 800 dollars", "800 dollars", 800)]
    [InlineData("they pay USD 9,500 a month", "USD 9,500", 9500)]
    [InlineData("fee was €12k", "€12k", 12000)]
    [InlineData("a quarter million for phase two", "a quarter million", 250000)]
    [InlineData("worth forty two and a half thousand now", "forty two and a half thousand", 42500)]
    [InlineData("could reach two and a half million", "two and a half million", 2500000)]
    [InlineData("one and a quarter million all in", "one and a quarter million", 1250000)]
    [InlineData("amount twenty two and a half k", "twenty two and a half k", 22500)]
    [InlineData("call it sixty k", "sixty k", 60000)]
    [InlineData("值 4.5万", "4.5万", 45000)]
    [InlineData("预算大概三十万", "三十万", 300000)]
    [InlineData("金额改成十二万五", "十二万五", 125000)]
    [InlineData("金额十二万五千", "十二万五千", 125000)]
    [InlineData("合同价九万二", "九万二", 92000)]
    [InlineData("报价 12w", "12w", 120000)]
    [InlineData("报价 12W 左右", "12W", 120000)]
    [InlineData("总投资1.2亿", "1.2亿", 120000000)]
    [InlineData("预算两百万", "两百万", 2000000)]
    [InlineData("金额一百二十万", "一百二十万", 1200000)]
    [InlineData("他们出二十五万块", "二十五万块", 250000)]
    [InlineData("大概30万元", "30万元", 300000)]
    [InlineData("首付45000元", "45000元", 45000)]
    [InlineData("合同额￥300,000", "￥300,000", 300000)]
    [InlineData("合同额¥80,000", "¥80,000", 80000)]
    [InlineData("价格 RMB 30万", "RMB 30万", 300000)]
    [InlineData("对方只给五千块", "五千块", 5000)]
    [InlineData("服务费八百元", "八百元", 800)]
    [InlineData("金额调到６８万", "６８万", 680000)]
    [InlineData("大约3千万", "3千万", 30000000)]
    [InlineData("预算一千五百万", "一千五百万", 15000000)]
    [InlineData("报价12万5", "12万5", 125000)]
    [InlineData("报价12万5千左右", "12万5千", 125000)]
    [InlineData("about 3 mil", "3 mil", 3000000)]
    [InlineData("a hundred grand", "a hundred grand", 100000)]
    [InlineData("it's $45k", "$45k", 45000)]
    [InlineData("45K USD total", "45K USD", 45000)]
    [InlineData("三万五", "三万五", 35000)]
    [InlineData("they're good with 45 k", "45 k", 45000)]
    [InlineData("金额45000元整", "45000元", 45000)]
    [InlineData("门户项目金额七十五K", "七十五K", 75000)]
    [InlineData("报价 三十五k 左右", "三十五k", 35000)]
    [InlineData("金额 二十五 w", "二十五 w", 250000)]
    public void FindAll_MoneyPhrase_ReadsValueAndSpan(string text, string phrase, long expected)
    {
        var all = AmountReader.FindAll(text);

        if (phrase.Length == 0)
        {
            Assert.Empty(all);
            return;
        }

        var amount = Assert.Single(all);
        Assert.Equal(expected, amount.Value);
        Assert.Equal(phrase, text.Substring(amount.Start, amount.Length));
    }

    [Theory]
    [InlineData("push the close to Dec 15")]
    [InlineData("close date 12/15")]
    [InlineData("预计15号签")]
    [InlineData("12月15日前完成")]
    [InlineData("call me at 3pm")]
    [InlineData("exports time out after 30 seconds")]
    [InlineData("files over 5MB fail to import")]
    [InlineData("pilot in three stores in January")]
    [InlineData("only 2 users can log in")]
    [InlineData("they need 1500 licenses")]
    [InlineData("先在五个门店试点")]
    [InlineData("resolve T-501 today")]
    [InlineData("deal D-1001 moved")]
    [InlineData("her number is +1 617 555 0199")]
    [InlineData("新号码 13812345670")]
    [InlineData("渠道 2026 年的预算")]
    [InlineData("renewal in 2027")]
    [InlineData("discount of 15%")]
    [InlineData("they are rebuilding in Q1")]
    [InlineData("meeting at 10:30 tomorrow")]
    [InlineData("第二季度上线")]
    [InlineData("三个月后再说")]
    [InlineData("一千个用户")]
    [InlineData("version 2.5.1 is out")]
    [InlineData("3 people attended the workshop")]
    [InlineData("roughly 5k users today")]
    [InlineData("十二月十五日")]
    [InlineData("the second demo went fine")]
    [InlineData("我们一起去了一下")]
    [InlineData("they need ISO 27001 before signing")]
    [InlineData("see order 10023 for details")]
    [InlineData("订单号 88231 有问题")]
    [InlineData("PO 4500012 went out")]
    [InlineData("平台有30万用户")]
    [InlineData("they have 20k customers")]
    public void FindAll_NotMoney_FindsNothing(string text)
    {
        Assert.Empty(AmountReader.FindAll(text));
    }

    [Theory]
    [InlineData("$45,000", true, "USD")]
    [InlineData("45000元", true, "CNY")]
    [InlineData("RMB 30万", true, "CNY")]
    [InlineData("45k", false, null)]
    [InlineData("三十万", false, null)]
    public void FindAll_CurrencyMarker_IsReported(string text, bool hasCurrency, string? currency)
    {
        var amount = Assert.Single(AmountReader.FindAll(text));

        Assert.Equal(hasCurrency, amount.HasCurrency);
        Assert.Equal(currency, amount.Currency);
    }

    [Fact]
    public void FindAll_SeveralAmounts_ReturnsThemInOrder()
    {
        var all = AmountReader.FindAll("was 60k, now 65k after the 10 seat add-on worth $5,000");

        Assert.Equal([60000m, 65000m, 5000m], all.Select(a => a.Value));
    }

    [Fact]
    public void TryReadFirst_NoAmount_ReturnsFalse()
    {
        Assert.False(AmountReader.TryReadFirst("log a call with the CFO", out _));
    }
}
