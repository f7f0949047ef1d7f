using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// Customers asked for by what narrows them, in either language: a contract ending in a window, nothing logged for some
/// days, or a colleague's activities in a window; a read, never a change.
/// </summary>
public sealed class CustomerListConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AccountsWithContractsEndingBeforeTheEndOfTheYear_AreTheAskersEndingThen()
    {
        await using var chat = await ConversationScript.StartAsync(s =>
        {
            ConversationSeed.Build(s);
            s.Account("ACC-CED", "Cedar Analytics", "U-REP", contractEnd: new DateOnly(2026, 12, 10))
                .Account("ACC-ELM", "Elm Street Clinics", "U-REP", contractEnd: new DateOnly(2027, 3, 1))
                .Account("ACC-OAK", "Oakline Freight", "U-EAST", contractEnd: new DateOnly(2026, 12, 5));
        }, Now);

        var list = (await chat.SendAsync("U-REP", "which of my accounts have contracts ending before the end of the year")).Part<CustomerListResult>();

        Assert.Equal(["ACC-CED"], list.Customers.Select(c => c.Account.Id));
    }

    [Fact]
    public async Task CustomersNotContactedForTwoWeeks_AreTheAskersWithNothingLogged()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-ZH", "今天拜访了百川物流的韩梅，聊了仓储项目");

        var list = (await chat.SendAsync("U-ZH", "我有哪些客户两周以上没联系了")).Part<CustomerListResult>();

        Assert.Equal(["ACC-YS"], list.Customers.Select(c => c.Account.Id));
        await using var db = chat.Store();
        Assert.Equal(1, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task CustomersAColleagueFollowedUpThisMonth_AreThoseWithTheirActivities()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-ZH", "今天拜访了百川物流的韩梅，聊了仓储项目");

        var list = (await chat.SendAsync("U-ADM", "周杰这个月都跟进了哪些客户")).Part<CustomerListResult>();

        Assert.Equal(["ACC-BC"], list.Customers.Select(c => c.Account.Id));
    }
}
