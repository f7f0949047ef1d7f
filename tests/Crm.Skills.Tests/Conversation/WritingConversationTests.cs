using System.Globalization;
using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Data.Tickets;
using Crm.Skills.Conversation;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>Messages that write: each is said once and the store is checked for exactly what it meant.</summary>
public sealed class WritingConversationTests
{
    // Wednesday 18 Nov 2026, 07:00 in Los Angeles.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ReportedCall_WithContactAtAccount_LogsActivityOnTheOnlyOpenDeal()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync("U-REP", "just hung up with Dev at Harbor, they want the route planner live before spring");

        reply.Single<ChangeResult>();
        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync(a => a.UserId == "U-REP" && a.Source == ActivitySource.Chat);
        Assert.Equal(("ACC-HAR", "CON-H1", "D-H1", ActivityType.Call), (activity.AccountId, activity.ContactId, activity.DealId, activity.Type));
        Assert.Contains("live before spring", activity.Summary);
    }

    [Fact]
    public async Task DictatedNote_WithFillersAndYesterday_IsVoiceAndDatedYesterday()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "um visited uh Owen at Pinecrest yesterday he liked the new handhelds", MessageSource.Voice);

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync(a => a.UserId == "U-REP");
        Assert.Equal((ActivityType.Visit, ActivitySource.Voice, "CON-P3"), (activity.Type, activity.Source, activity.ContactId));
        Assert.Equal(new DateTime(2026, 11, 17), TimeZoneInfo.ConvertTimeFromUtc(activity.OccurredAt, TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles")).Date);
    }

    [Fact]
    public async Task DealUpdate_StageAndAmountByDealWords_ChangesOnlyThoseFields()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "the Pinecrest loyalty app is now at proposal, value 24k");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-P2");
        Assert.Equal((DealStage.Proposal, 24000m, new DateOnly(2027, 1, 15)), (deal.Stage, deal.Amount, deal.CloseDate));
    }

    [Fact]
    public async Task CompoundMessage_CallStageAndReminder_WritesAllInOneChangeSet()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync("U-REP", "met Owen at Pinecrest, moving the POS upgrade to negotiation at 55k, remind me to draft the contract Monday");

        var change = reply.Single<ChangeResult>();
        Assert.Equal(3, change.Records.Count);
        await using var db = chat.Store();
        Assert.Equal(1, await db.ChangeSets.CountAsync());
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-P1");
        Assert.Equal((DealStage.Negotiation, 55000m), (deal.Stage, deal.Amount));
        var task = await db.Tasks.SingleAsync(t => t.OwnerId == "U-REP" && t.Title.Contains("contract"));
        Assert.Equal((new DateOnly(2026, 11, 23), "ACC-PIN"), (task.DueAt, task.AccountId));
        Assert.Single(await db.Activities.Where(a => a.ContactId == "CON-P3").ToListAsync());
    }

    [Fact]
    public async Task Reminder_WithoutDate_HasNoDueDateAndLinksTheContact()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "remind me to ask Dev Malik about the fuel surcharge");

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync(t => t.OwnerId == "U-REP" && t.Title.Contains("fuel surcharge"));
        Assert.Equal((null, "CON-H1", "ACC-HAR"), (task.DueAt, task.ContactId, task.AccountId));
    }

    [Theory]
    [InlineData("Need to follow up with Dev at Harbor in two weeks about the winter routes", "2026-12-02", "Follow up with Dev")]
    [InlineData("I have to call Dev Malik at Harbor on Friday about the winter routes", "2026-11-20", "Call Dev Malik")]
    public async Task SelfReminder_WithoutRemindMe_IsATask(string message, string due, string titleStart)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        (await chat.SendAsync("U-REP", message)).Single<ChangeResult>();

        await using var db = chat.Store();
        var task = await db.Tasks.SingleAsync();
        Assert.Equal(("ACC-HAR", "CON-H1", (DateOnly?)DateOnly.Parse(due, CultureInfo.InvariantCulture)),
            (task.AccountId, task.ContactId, task.DueAt));
        Assert.StartsWith(titleStart, task.Title, StringComparison.Ordinal);
        Assert.Empty(await db.Activities.ToListAsync());
    }

    [Theory]
    [InlineData("U-REP", "caught up with Owen at Pinecrest over coffee this morning, they like the new scanners", "CON-P3", ActivityType.Meeting)]
    [InlineData("U-REP", "Sent Owen Blake at Pinecrest the updated scanner rollout plan by email", "CON-P3", ActivityType.Email)]
    [InlineData("U-ZH", "昨天和百川物流的韩总监吃了顿饭，聊了仓储管理的预算", "CON-B1", ActivityType.Meeting)]
    public async Task ReportedContact_OverAMealOrByEmail_IsLoggedWithThatType(string user, string message, string contactId, ActivityType type)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync(user, message);

        await using var db = chat.Store();
        var activity = await db.Activities.SingleAsync();
        Assert.Equal((contactId, type), (activity.ContactId, activity.Type));
    }

    [Fact]
    public async Task NewTitle_AtTheNamedAccount_KeepsOnlyTheTitle()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "Owen Blake is now CTO at Pinecrest");

        await using var db = chat.Store();
        Assert.Equal("CTO", (await db.Contacts.SingleAsync(c => c.Id == "CON-P3")).Title);
    }

    [Fact]
    public async Task ReportedCall_WhereTheCustomerNeedsToAct_LogsTheCallAndNoTask()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        (await chat.SendAsync("U-REP", "had a call with Dev at Harbor, they need to send us the signed order form")).Single<ChangeResult>();

        await using var db = chat.Store();
        Assert.Equal("CON-H1", (await db.Activities.SingleAsync()).ContactId);
        Assert.Empty(await db.Tasks.ToListAsync());
    }

    [Fact]
    public async Task NewTicket_WithPriorityAndReporter_IsOpenedOnTheAccount()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", "open an urgent ticket for Harbor: label printer offline since the update, reported by Dev");

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.AccountId == "ACC-HAR");
        Assert.Equal((TicketPriority.Urgent, TicketStatus.New, "CON-H1", "U-SUP"), (ticket.Priority, ticket.Status, ticket.ContactId, ticket.CreatedById));
        Assert.Contains("label printer offline", ticket.Title);
    }

    [Theory]
    [InlineData("U-SUP", "Harbor says their tablets freeze during the nightly sync - please log a ticket, high priority", "ACC-HAR",
        "their tablets freeze during the nightly sync", TicketPriority.High)]
    [InlineData("U-SUP", "the Pinecrest checkout hangs at the payment step, can you open a case", "ACC-PIN",
        "the Pinecrest checkout hangs at the payment step", TicketPriority.Normal)]
    [InlineData("U-ZH", "百川物流反馈仓库扫码一直失败，帮忙建个工单，优先级高", "ACC-BC", "仓库扫码一直失败", TicketPriority.High)]
    public async Task NewTicket_WithTheProblemBeforeTheRequest_IsTitledByTheProblem(
        string user, string message, string accountId, string title, TicketPriority priority)
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        (await chat.SendAsync(user, message)).Single<ChangeResult>();

        await using var db = chat.Store();
        var ticket = await db.Tickets.SingleAsync(t => t.AccountId == accountId && t.Id != "T-700");
        Assert.Equal((title, priority), (ticket.Title, ticket.Priority));
    }

    [Fact]
    public async Task TicketById_WaitingOnCustomerAndNote_BecomesPendingWithComment()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-SUP", "T-700 is waiting on the customer");
        await chat.SendAsync("U-SUP", "add a note to T-700: they are replacing the print server");

        await using var db = chat.Store();
        var ticket = await db.Tickets.Include(t => t.Comments).SingleAsync(t => t.Id == "T-700");
        Assert.Equal(TicketStatus.Pending, ticket.Status);
        Assert.Contains(ticket.Comments, c => c.Text.Contains("print server"));
    }

    [Fact]
    public async Task NewContact_WithTitleAndEmail_IsAddedToTheAccount()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "add a contact at Harbor: Nina Park, Head of Procurement, nina.park@harbor.example");

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Name == "Nina Park");
        Assert.Equal(("ACC-HAR", "nina.park@harbor.example"), (contact.AccountId, contact.Email));
        Assert.Contains("Procurement", contact.Title);
    }

    [Fact]
    public async Task ContactEmail_Malformed_IsRefusedAndNothingWritten()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync("U-REP", "change Owen Blake's email to owen.blake.pinecrest");

        Assert.Equal(RefusalReason.InvalidValue, reply.Single<RefusalResult>().Reason);
        await using var db = chat.Store();
        Assert.Equal("owen@pinecrest.example", (await db.Contacts.SingleAsync(c => c.Id == "CON-P3")).Email);
        Assert.Equal(0, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task DealChange_ByRepWhoDoesNotOwnIt_IsRefusedAndNothingWritten()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync("U-REP2", "mark the Harbor route planner as won");

        Assert.Equal(RefusalReason.NotPermitted, reply.Single<RefusalResult>().Reason);
        await using var db = chat.Store();
        Assert.Equal(DealStage.Negotiation, (await db.Deals.SingleAsync(d => d.Id == "D-H1")).Stage);
    }

    [Fact]
    public async Task TicketResolvedByARep_AfterTheCallThatToldOfIt_IsRefusedAndNothingWritten()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync("U-REP", "owen just told me on the phone the label printer works again, mark T-700 resolved");

        Assert.Equal(RefusalReason.NotPermitted, reply.Single<RefusalResult>().Reason);
        await using var db = chat.Store();
        Assert.Equal(TicketStatus.Open, (await db.Tickets.SingleAsync(t => t.Id == "T-700")).Status);
        Assert.Equal(0, await db.Activities.CountAsync());
    }

    [Fact]
    public async Task Message_FromUnknownUser_IsRefusedPolitely()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var reply = await chat.SendAsync("U-NOBODY", "log a call with Dev at Harbor");

        Assert.Equal(RefusalReason.UnknownUser, reply.Single<RefusalResult>().Reason);
        await using var db = chat.Store();
        Assert.Equal(0, await db.Activities.CountAsync());
    }
}
