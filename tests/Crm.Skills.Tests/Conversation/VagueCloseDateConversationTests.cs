using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// A close date said only as part of a month or a week ("预计十二月初能签", "closing early December", "下个月签") is no day
/// to write: the day is asked and nothing changes. End of month, end of quarter and mid-month are days.
/// </summary>
public sealed class VagueCloseDateConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("U-ZH", "百川物流 仓储管理 预计 十二月初 能 签", "D-B1")]
    [InlineData("U-ZH", "百川物流仓储管理预计下个月下旬签", "D-B1")]
    [InlineData("U-REP", "push the Harbor route planner close date to early December", "D-H1")]
    [InlineData("U-REP", "harbor route planner close date late next month", "D-H1")]
    public async Task CloseDateSaidAsPartOfAMonth_AsksForTheDay_AndChangesNothing(string user, string message, string dealId)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        (await chat.SendAsync(user, message)).Single<ClarificationResult>();

        await using var db = chat.Store();
        Assert.Equal(0, await db.FieldChanges.CountAsync(f => f.Entity == "deals" && f.RecordId == dealId));
    }

    [Theory]
    [InlineData("百川物流 仓储管理 预计 十二月初 能 签", "12月5号", 2026, 12, 5)]
    [InlineData("百川物流仓储管理预计下个月下旬签", "12月26号", 2026, 12, 26)]
    public async Task DayAskedFor_AnsweredWithADay_IsTheCloseDate(string message, string answer, int year, int month, int day)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        (await chat.SendAsync("U-ZH", message)).Single<ClarificationResult>();
        await chat.SendAsync("U-ZH", answer);

        await using var db = chat.Store();
        Assert.Equal(new DateOnly(year, month, day), (await db.Deals.SingleAsync(d => d.Id == "D-B1")).CloseDate);
    }

    [Fact]
    public async Task CloseDateSaidAsPartOfAMonth_ByARepWhoDoesNotOwnTheDeal_IsRefusedNotAsked()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync("U-REP", "百川物流的单子关单日期推到明年一月");

        Assert.Equal(RefusalReason.NotPermitted, reply.Single<RefusalResult>().Reason);
    }

    [Theory]
    [InlineData("百川物流 仓储管理 预计 十二月中旬 能 签", 2026, 12, 15)]
    [InlineData("百川物流仓储管理预计下个月底签", 2026, 12, 31)]
    public async Task CloseDateSaidAsMidOrEndOfAMonth_IsWritten(string message, int year, int month, int day)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-ZH", message);

        await using var db = chat.Store();
        Assert.Equal(new DateOnly(year, month, day), (await db.Deals.SingleAsync(d => d.Id == "D-B1")).CloseDate);
    }
}
