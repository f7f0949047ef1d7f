using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// A company named where the customer goes that is no customer here: the first word of another customer's name
/// ("Quantum Logistics") or a deal's words elsewhere in the message ("数据中台") are only a guess, so the bot asks.
/// </summary>
public sealed class UnknownCompanyConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("U-REP", "log a meeting with Quantum Logistics today, they want a demo in Dec")]
    [InlineData("U-ZH", "今天拜访了东方明珠科技的张总，对我们的数据中台挺感兴趣")]
    public async Task CompanyThatIsNoCustomer_IsAskedAboutAndNothingIsWritten(string user, string message)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync(user, message);

        reply.Part<ClarificationResult>();
        await using var db = chat.Store();
        Assert.Equal(0, await db.Activities.CountAsync());
    }

    [Theory]
    [InlineData("U-REP", "had a meeting with Harbor Freightways today about the route planner", "ACC-HAR")]
    [InlineData("U-ZH", "今天拜访了百川物流的韩梅，聊了仓储管理的二期", "ACC-BC")]
    [InlineData("U-ZH", "今天拜访了他们公司的沈经理，聊了数据中台", "ACC-YS")]
    public async Task CustomerNamedInFullOrByItsDealAndAPronoun_IsLogged(string user, string message, string account)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        var logged = await db.Activities.SingleAsync();
        Assert.Equal(account, logged.AccountId);
    }

    [Fact]
    public async Task CustomerTypedWithOneCharacterOff_IsOfferedAsTheLikelyOne_AndTheAnswerWrites()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var asked = (await chat.SendAsync("U-ZH", "云山信息韩总的演示约在周四下午 帮我设个提醒")).Part<ClarificationResult>();
        await chat.SendAsync("U-ZH", "1");

        Assert.Single(asked.Choices);
        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync();
        Assert.Equal(("ACC-YS", "CON-Y1"), (task.AccountId, task.ContactId));
    }
}
