using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Transcripts;

namespace Crm.Skills.Tests.Understanding.Transcripts;

public sealed class PromisesTests
{
    private static readonly DateContext Dates = new(new DateOnly(2026, 11, 18), DayOfWeek.Monday, DateDirection.Future);

    [Theory]
    [InlineData("Both are supported. I'll send over the kiosk spec sheet tomorrow.", "Send over the kiosk spec sheet")]
    [InlineData("A proper requirements list. I'll send you the requirements template by Friday.", "Send you the requirements template")]
    [InlineData("Great. Then I'll ask engineering to remove the temporary limit increase next week.", "Ask engineering to remove the temporary limit increase")]
    [InlineData("Yes. I'll send you the firmware 3.2 package today.", "Send you the firmware 3.2 package")]
    [InlineData("没问题，明天我把演示环境的账号发给您。", "把演示环境的账号发给您")]
    [InlineData("我周五前把续约合同的修改版发给周总。", "把续约合同的修改版发给周总")]
    [InlineData("下周五前出一版最终报价。", "出一版最终报价")]
    [InlineData("下周二带实施同事过去做一次系统巡检。", "带实施同事过去做一次系统巡检")]
    [InlineData("压测报告我周五前发给您，两千并发没问题。", "压测报告发给您")]
    public void TitleOf_APromise_IsWhatWillBeDoneWithoutItsDayOrWhoSaysIt(string said, string title)
    {
        Assert.Equal(title, Promises.TitleOf(said, Dates));
    }

    [Theory]
    [InlineData("I can do forty-five if we drop the second sandbox environment.")]
    [InlineData("Our booking module locks the instructor slot at checkout.")]
    [InlineData("您那边是哪位负责审合同？")]
    public void TitleOf_WhatPromisesNothing_IsNull(string said)
    {
        Assert.Null(Promises.TitleOf(said, Dates));
    }
}
