using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Tests.Understanding.Language;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("金额：３０万，下周五！", "金额:30万,下周五!")]
    [InlineData("ＡＢＣ　ｄｅａｌ。", "ABC deal.")]
    [InlineData("plain ascii stays", "plain ascii stays")]
    public void Fold_FullWidthText_BecomesAsciiWithSameLength(string text, string expected)
    {
        var folded = TextNormalizer.Fold(text);

        Assert.Equal(expected, folded);
        Assert.Equal(text.Length, folded.Length);
    }

    [Theory]
    [InlineData("uh log a call with um the buyer", "log a call with the buyer")]
    [InlineData("she said they're uh they're ready to pilot", "she said they're ready to pilot")]
    [InlineData("okay um new task for me", "new task for me")]
    [InlineData("so, the kiosk deal moved to proposal", "the kiosk deal moved to proposal")]
    [InlineData("the amount is uh fifteen thousand", "the amount is fifteen thousand")]
    [InlineData("it's, like, almost done", "it's, almost done")]
    [InlineData("they'd like to see a demo", "they'd like to see a demo")]
    [InlineData("looks like the deal is slipping", "looks like the deal is slipping")]
    [InlineData("you know, they want the pilot", "they want the pilot")]
    [InlineData("do you know their budget", "do you know their budget")]
    [InlineData("I think I think they'll sign", "I think they'll sign")]
    [InlineData("the the renewal deck", "the renewal deck")]
    [InlineData("so that that deal", "that that deal")]
    [InlineData("so so far so good", "so far so good")]
    [InlineData("ok", "ok")]
    [InlineData("   spaced    out   text  ", "spaced out text")]
    [InlineData("嗯 那个 帮我改一下金额", "帮我改一下金额")]
    [InlineData("提醒我 嗯 后天上午 给周总 发一下对账单 就这个", "提醒我后天上午给周总发一下对账单")]
    [InlineData("黄总 今天下午 电话里说 就是 二期可能要上MES", "黄总今天下午,电话里说二期可能要上MES")]
    [InlineData("见了王总和赵经理 价格基本谈妥 推到谈判签约", "见了王总和赵经理,价格基本谈妥,推到谈判签约")]
    [InlineData("参观了 聊得不错 帮我加个联系人", "参观了,聊得不错,帮我加个联系人")]
    [InlineData("给 那个 美家 开个 工单 何店长 说 积分 不到账", "给美家开个工单何店长说积分不到账")]
    [InlineData("然后帮我记一下", "帮我记一下")]
    [InlineData("呃，这个单子推到谈判", "这个单子推到谈判")]
    [InlineData("对方说没问题", "对方说没问题")]
    [InlineData("天天都在催，谢谢", "天天都在催,谢谢")]
    public void Normalize_DictationNoise_IsRemoved(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text).Text);
    }

    [Theory]
    [InlineData("update the amount to ninety thousand no wait ninety five thousand", "update the amount to ninety five thousand")]
    [InlineData("make it sixty, no, sixty-five thousand", "make it sixty-five thousand")]
    [InlineData("meet on Monday, sorry, Tuesday", "meet on Tuesday")]
    [InlineData("amount is 60k now, actually make that 65k", "amount is 65k")]
    [InlineData("set it to 40k I mean 45k", "set it to 45k")]
    [InlineData("move it to proposal no wait negotiation", "move it to negotiation")]
    [InlineData("log a call, sorry, a meeting with procurement", "log a meeting with procurement")]
    [InlineData("金额三十万，哦不，三十五万", "金额三十五万")]
    [InlineData("金额三十万，哦不，三十五万，他手机 135 5500 0093 不对 最后四位是 0039", "金额三十五万,他手机 135 5500 0039")]
    [InlineData("改成 三十五万 呃 不对 三十六万", "改成三十六万")]
    [InlineData("关单日期 改到 呃 明年 一月 十五 号 啊 不是 一月 二十 号", "关单日期改到一月二十号")]
    [InlineData("提醒我 嗯 下周三 不对 下周四 给孙总 送 样机 过去", "提醒我下周四给孙总送样机过去")]
    [InlineData("提醒我 下周 下周三 不对 下周四 给孙总 送 那个 样机 过去", "提醒我下周下周四给孙总送样机过去")]
    [InlineData("周一，不对，周二去拜访", "周二去拜访")]
    [InlineData("定在二十万，不，二十二万", "定在二十二万")]
    [InlineData("推到12月5号 不对 12月8号", "推到12月8号")]
    [InlineData("close date december first no actually december fourth", "close date december fourth")]
    [InlineData("remind me on friday no make that monday to call Grace", "remind me on monday to call Grace")]
    [InlineData("push it to january fifteenth wait no the twenty second", "push it to january the twenty second")]
    [InlineData("关单日期改到明年一月十五号 啊不是 二十号", "关单日期改到明年一月二十号")]
    [InlineData("帮我记一下 周一 去智远 见了 马校长 呃 不是周一 是周二 他们想先上报名模块", "帮我记一下去智远见了马校长周二他们想先上报名模块")]
    public void Normalize_SelfCorrection_KeepsTheCorrectedValue(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text).Text);
    }

    [Theory]
    [InlineData("不对，是四十万")]
    [InlineData("sorry for the delay, the amount is 50k")]
    [InlineData("no budget this year")]
    [InlineData("actually make that 50k")]
    [InlineData("不是电话，是拜访")]
    [InlineData("是当面拜访，不是电话")]
    public void Normalize_CueWithoutEarlierValue_LeavesTextForTheCaller(string text)
    {
        Assert.Equal(TextNormalizer.Fold(text), TextNormalizer.Normalize(text).Text);
    }

    [Fact]
    public void Normalize_RemovedWords_MapBackToOriginalOffsets()
    {
        const string text = "um move it to uh 45k";

        var normalized = TextNormalizer.Normalize(text);
        var at = normalized.Text.IndexOf("45k", StringComparison.Ordinal);

        Assert.Equal("move it to 45k", normalized.Text);
        Assert.Equal(text.IndexOf("45k", StringComparison.Ordinal), normalized.ToOriginal(at));
    }

    [Theory]
    [InlineData("actually it was a meeting", "it was a meeting")]
    [InlineData("sorry, I meant 65k", "65k")]
    [InlineData("no, Tuesday", "Tuesday")]
    [InlineData("不对，是四十万", "是四十万")]
    [InlineData("说错了，是周二", "是周二")]
    [InlineData("不是电话，是当面拜访", "电话,是当面拜访")]
    public void StartsWithCorrection_CorrectionMessage_FindsRest(string text, string rest)
    {
        Assert.True(CorrectionCues.StartsWithCorrection(text, out var at));
        Assert.Equal(rest, TextNormalizer.Fold(text)[at..]);
    }

    [Theory]
    [InlineData("log a call with the buyer")]
    [InlineData("nothing new on the kiosk deal")]
    [InlineData("notes from today's meeting")]
    [InlineData("对方说没问题")]
    [InlineData("not lost yet")]
    [InlineData("不是很急")]
    public void StartsWithCorrection_OrdinaryMessage_IsFalse(string text)
    {
        Assert.False(CorrectionCues.StartsWithCorrection(text, out _));
    }
}
