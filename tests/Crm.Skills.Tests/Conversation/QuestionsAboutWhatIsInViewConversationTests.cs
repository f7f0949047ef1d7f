using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// Questions that lean on what the conversation just showed or wrote ("when does their contract end?", "那个工单现在谁在跟",
/// "what's that deal worth right now?"), one customer's deals asked for as a list, and the user's tasks asked for by
/// when they are due or whose customer they are about.
/// </summary>
public sealed class QuestionsAboutWhatIsInViewConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("when does their contract end?")]
    public async Task QuestionAboutTheCustomerJustSummarised_ShowsItAgain(string question)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync("U-REP", "tell me about Pinecrest")).Part<CustomerSummaryResult>();

        var again = (await chat.SendAsync("U-REP", question)).Part<CustomerSummaryResult>();

        Assert.Equal("ACC-PIN", again.Account.Id);
    }

    [Theory]
    [InlineData("那个工单现在谁在跟")]
    [InlineData("who's handling that ticket?")]
    public async Task QuestionAboutTheOneTicketOfTheCustomerShown_ShowsThatTicket(string question)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-REP", "Pinecrest什么情况");

        var ticket = (await chat.SendAsync("U-REP", question)).Part<TicketListResult>();

        Assert.Equal("T-700", Assert.Single(ticket.Tickets).Ticket.Id);
    }

    [Fact]
    public async Task DealWorthAskedAfterACallOnIt_ShowsThatDeal_AndWritesNothingMore()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-REP", "met Dev at Harbor for coffee, he's keen on the route planner");

        var shown = (await chat.SendAsync("U-REP", "what's that deal worth right now?")).Part<DealListResult>();

        Assert.Equal(80000, Assert.Single(shown.Deals).Deal.Amount);
        await using var db = chat.Store();
        Assert.Equal(1, await db.Activities.CountAsync());
    }

    [Fact]
    public async Task MovingTheTicketOfTheCustomerShown_ChangesThatTicket()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync("U-SUP", "Pinecrest什么情况");

        await chat.SendAsync("U-SUP", "把那个工单改成高优先级");

        await using var db = chat.Store();
        Assert.Equal(Crm.Data.Tickets.TicketPriority.High, (await db.Tickets.SingleAsync(t => t.Id == "T-700")).Priority);
    }

    [Theory]
    [InlineData("云杉现在有哪些在跟的单子")]
    [InlineData("哪些单子是云杉的")]
    public async Task OneCustomersDealsAskedFor_ShowsThatCustomer(string question)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var summary = (await chat.SendAsync("U-ZH", question)).Part<CustomerSummaryResult>();

        Assert.Equal(["D-Y1", "D-Y2"], summary.OpenDeals.Select(d => d.Id).Order());
    }

    [Theory]
    [InlineData("what tasks do I have open?", new[] { "TSK-E", "TSK-A", "TSK-B", "TSK-C" })]
    [InlineData("what tasks do I have due this week?", new[] { "TSK-E", "TSK-A", "TSK-B" })]
    [InlineData("show me my tasks for Harbor", new[] { "TSK-E", "TSK-C" })]
    [InlineData("我这周有哪些待办", new[] { "TSK-E", "TSK-A", "TSK-B" })]
    [InlineData("我今天还有什么任务", new[] { "TSK-E", "TSK-A" })]
    [InlineData("我今天有什么要做的", new[] { "TSK-E", "TSK-A" })]
    [InlineData("我今天的待办", new[] { "TSK-E", "TSK-A" })]
    [InlineData("这周还剩哪些待办", new[] { "TSK-E", "TSK-A", "TSK-B" })]
    [InlineData("我这周还有啥待办", new[] { "TSK-E", "TSK-A", "TSK-B" })]
    [InlineData("今天要干嘛", new[] { "TSK-E", "TSK-A" })]
    [InlineData("what's left on my plate this week?", new[] { "TSK-E", "TSK-A", "TSK-B" })]
    [InlineData("what do I have today?", new[] { "TSK-E", "TSK-A" })]
    [InlineData("what's on my todo list?", new[] { "TSK-E", "TSK-A", "TSK-B", "TSK-C" })]
    [InlineData("any overdue tasks?", new[] { "TSK-E" })]
    [InlineData("what tasks am I behind on", new[] { "TSK-E" })]
    [InlineData("anything due today?", new[] { "TSK-E", "TSK-A" })]
    [InlineData("what's due this week", new[] { "TSK-E", "TSK-A", "TSK-B" })]
    [InlineData("what's on Quinn's plate?", new[] { "TSK-D" })]
    [InlineData("Quinn Harper还有哪些待办没完成", new[] { "TSK-D" })]
    public async Task TasksAskedFor_AreTheOpenOnesDueByThenOverdueOrAboutThatCustomer_OrAColleagues(string question, string[] expected)
    {
        await using var chat = await ConversationScript.StartAsync(s =>
        {
            ConversationSeed.Build(s);
            s.Task("TSK-A", "Send Lena the POS quote", "U-REP", new DateOnly(2026, 11, 18), "ACC-PIN")
                .Task("TSK-B", "Chase the loyalty app sign-off", "U-REP", new DateOnly(2026, 11, 20), "ACC-PIN")
                .Task("TSK-C", "Book the route planner workshop", "U-REP", new DateOnly(2026, 12, 4), "ACC-HAR")
                .Task("TSK-D", "Someone else's task", "U-REP2", new DateOnly(2026, 11, 19), "ACC-PIN")
                .Task("TSK-E", "Overdue call back", "U-REP", new DateOnly(2026, 11, 16), "ACC-HAR");
        }, Now);

        var tasks = (await chat.SendAsync("U-REP", question)).Part<TaskListResult>();

        Assert.Equal(expected, tasks.Tasks.Select(t => t.Id));
        Assert.Equal(question.Contains("Quinn") ? "Quinn Harper" : null, tasks.OwnerName);
        await using var db = chat.Store();
        Assert.Equal(5, await db.Tasks.CountAsync());
    }

    [Theory]
    [InlineData("U-MGR", "what open tasks does my team have", new[] { "TSK-E", "TSK-A", "TSK-D" })]
    [InlineData("U-MGR", "any overdue tasks on my team", new[] { "TSK-E" })]
    [InlineData("U-MGR", "团队还有哪些待办没完成", new[] { "TSK-E", "TSK-A", "TSK-D" })]
    [InlineData("U-MGR2", "what tasks does the West team have", new[] { "TSK-E", "TSK-A", "TSK-D" })]
    public async Task ATeamsTasksAskedFor_AreEveryMembersOpenOnes_EachWithItsOwner(string user, string question, string[] expected)
    {
        await using var chat = await ConversationScript.StartAsync(s =>
        {
            ConversationSeed.Build(s);
            s.Task("TSK-A", "Send Lena the POS quote", "U-REP", new DateOnly(2026, 11, 18), "ACC-PIN")
                .Task("TSK-D", "Chase the telematics invoice", "U-REP2", new DateOnly(2026, 11, 19), "ACC-HAR")
                .Task("TSK-E", "Overdue call back", "U-REP", new DateOnly(2026, 11, 16), "ACC-HAR")
                .Task("TSK-X", "Someone in another team", "U-EAST", new DateOnly(2026, 11, 16), "ACC-QNT");
        }, Now);

        var tasks = (await chat.SendAsync(user, question)).Part<TaskListResult>();

        Assert.Equal(expected, tasks.Tasks.Select(t => t.Id));
        Assert.Equal("Riley Chen", tasks.OwnerNames?["U-REP"]);
        await using var db = chat.Store();
        Assert.Equal(4, await db.Tasks.CountAsync());
    }

    [Theory]
    [InlineData("U-ZH", "提醒我周五给百川物流发合同", "我这周还有啥待办", "合同")]
    [InlineData("U-REP", "remind me to send Dev at Harbor the contract Friday", "what's left on my plate this week?", "contract")]
    public async Task ToDosAskedForRightAfterAReminder_AreListed_AndNothingMoreIsWritten(string user, string reminder, string question, string titleWord)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        await chat.SendAsync(user, reminder);

        var tasks = (await chat.SendAsync(user, question)).Part<TaskListResult>();

        Assert.Contains(titleWord, Assert.Single(tasks.Tasks).Title);
        await using var db = chat.Store();
        Assert.Equal(1, await db.Tasks.CountAsync());
    }

    [Theory]
    [InlineData("U-ZH", "云杉沈经理的手机是多少", "CON-Y2")]
    [InlineData("U-REP", "what's Owen's email at Pinecrest?", "CON-P3")]
    [InlineData("U-REP", "do we have a phone number for Dev Malik?", "CON-H1")]
    public async Task ContactsDetailsAskedFor_ShowThatContact_AndWriteNothing(string user, string question, string contact)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var shown = (await chat.SendAsync(user, question)).Part<ContactResult>();

        Assert.Equal(contact, shown.Contact.Id);
        await using var db = chat.Store();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task ContactShown_ThenSomethingDoneForHer_IsLoggedWithHer()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        (await chat.SendAsync("U-ZH", "百川物流韩梅的邮箱是多少")).Part<ContactResult>();

        await chat.SendAsync("U-ZH", "帮我记一下，今天给她发了对账单");

        await using var db = chat.Store();
        var note = await db.Activities.SingleAsync();
        Assert.Equal(("ACC-BC", "CON-B1"), (note.AccountId, note.ContactId));
    }
}
