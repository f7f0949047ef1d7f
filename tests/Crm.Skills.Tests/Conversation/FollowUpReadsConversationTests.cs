using Crm.Data.Activities;
using Crm.Skills.Conversation;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// Pipeline questions managers ask ("本月团队能出多少单", "年底前要关的单子，加权下来有多少", "what's the team closing by end
/// of year"), asked again changed ("那团队这季度呢", "only this quarter"), and a correction of a write with a read between.
/// </summary>
public sealed class FollowUpReadsConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("本月团队能出多少单，按阶段列一下", "2026-11-01", "2026-11-30")]
    [InlineData("年底前要关的单子，加权下来有多少", "2026-11-18", "2026-12-31")]
    [InlineData("how much is the team going to close before christmas", "2026-11-18", "2026-12-25")]
    public async Task TeamPipelineAskedWithAWindow_IsTheTeamsPipelineInThatWindow(string message, string from, string to)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var pipeline = (await chat.SendAsync("U-MGR", message)).Part<PipelineResult>();

        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to)), (pipeline.From, pipeline.To));
        Assert.Contains("West", pipeline.ScopeDescription, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamDealsClosingByEndOfYear_AreListedNotChanged()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var list = (await chat.SendAsync("U-MGR", "what's the team closing by end of year")).Part<DealListResult>();

        Assert.Equal(["D-H1", "D-P1"], list.Deals.Select(d => d.Deal.Id).Order());
    }

    [Theory]
    [InlineData("我这个月的漏斗", "那团队这季度呢", "2026-10-01", "2026-12-31", true)]
    [InlineData("show me the team pipeline", "only this quarter", "2026-10-01", "2026-12-31", true)]
    [InlineData("my pipeline this month", "what about next month?", "2026-12-01", "2026-12-31", false)]
    public async Task ShortFollowUpAfterAPipeline_AsksItAgainChanged(string first, string followUp, string from, string to, bool team)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync("U-MGR", first)).Part<PipelineResult>();

        var again = (await chat.SendAsync("U-MGR", followUp)).Part<PipelineResult>();

        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to)), (again.From, again.To));
        Assert.Equal(team, again.ScopeDescription.Contains("West", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ActivityKindCorrected_AfterAReadInBetween_ChangesTheActivityLogged()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-ZH", "刚跟云杉韩总打了个电话，聊了数据中台试点的范围");
        await chat.SendAsync("U-ZH", "云杉那个运维外包现在多少钱？");

        await chat.SendAsync("U-ZH", "对了，刚才记的那条其实是视频会议，不是电话");

        await using var db = chat.Store();
        Assert.Equal(ActivityType.Meeting, (await db.Activities.SingleAsync()).Type);
    }

    [Fact]
    public async Task NewPhoneWithoutTheNumber_AsksForIt_AndTheDigitsAloneAnswerInChinese()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var question = (await chat.SendAsync("U-ZH", "云杉沈经理换手机了")).Single<ClarificationResult>();
        var answer = await chat.SendAsync("U-ZH", "186 2800 1234");

        Assert.Contains("号码", question.Question, StringComparison.Ordinal);
        Assert.Equal(ReplyLanguage.Chinese, answer.Language);
        await using var db = chat.Store();
        Assert.Equal("186 2800 1234", (await db.Contacts.SingleAsync(c => c.Id == "CON-Y2")).Phone);
    }

    [Theory]
    [InlineData("Riley Chen和Quinn Harper谁的漏斗大 各多少")]
    [InlineData("Riley Chen vs Quinn Harper pipeline, who's ahead?")]
    public async Task TwoColleaguesPipelinesCompared_ShowsEachOnesPipeline(string question)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync("U-MGR", question);

        Assert.Equal(["owner:U-REP", "owner:U-REP2"], reply.Parts.OfType<PipelineResult>().Select(p => p.ScopeDescription));
        await using var db = chat.Store();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task TwoColleaguesCalledByFamiliarNames_EachGetTheirPipelineShown()
    {
        await using var chat = await ConversationScript.StartAsync(s =>
        {
            ConversationSeed.Build(s);
            s.User("U-ZH2", Crm.Data.Users.UserRole.Rep, "华南", name: "陈晨", timeZone: "Asia/Shanghai", locale: "zh-CN");
        }, Now);

        var reply = await chat.SendAsync("U-ADM", "小周和小陈这个月各要签多少");

        Assert.Equal(["owner:U-ZH", "owner:U-ZH2"], reply.Parts.OfType<PipelineResult>().Select(p => p.ScopeDescription));
    }

    [Fact]
    public async Task NewEmailWithoutTheAddress_AsksForIt_AndTheAddressAloneAnswersInChinese()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        (await chat.SendAsync("U-ZH", "云杉的沈悦换邮箱了")).Single<ClarificationResult>();
        var answer = await chat.SendAsync("U-ZH", "shenyue@yunshan-it.example");

        Assert.Equal(ReplyLanguage.Chinese, answer.Language);
        await using var db = chat.Store();
        Assert.Equal("shenyue@yunshan-it.example", (await db.Contacts.SingleAsync(c => c.Id == "CON-Y2")).Email);
    }

    [Theory]
    [InlineData("云杉沈经理换手机了：186 2800 1234", "186 2800 1234")]
    [InlineData("云杉沈经理的邮箱更新一下：shen.yue#yunshan.example", null)]
    public async Task ContactValueAfterAColon_IsTheNewValue_OrRefusedWhenMalformed(string message, string? phone)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync("U-ZH", message);

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Id == "CON-Y2");
        if (phone is null)
            Assert.Contains("shen.yue#yunshan.example", reply.Single<RefusalResult>().Detail, StringComparison.Ordinal);
        Assert.Equal(phone, contact.Phone);
    }
}
