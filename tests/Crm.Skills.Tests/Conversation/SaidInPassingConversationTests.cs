using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// Details said in passing that still count: a new deal "already qualified", a new contact "as Procurement Lead",
/// "notes from yesterday's call", and a person denied while speaking ("with uh Lena no not Lena with Owen").
/// </summary>
public sealed class SaidInPassingConversationTests
{
    // Wednesday 18 Nov 2026, 07:00 in Los Angeles.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task NewDealAlreadyQualified_StartsQualified()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "new opportunity at Harbor - yard cameras, 8,500 dollars, already qualified, target close Jan 29");

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Name == "yard cameras");
        Assert.Equal((Crm.Data.Deals.DealStage.Qualified, 8500m, new DateOnly(2027, 1, 29)), (deal.Stage, deal.Amount, deal.CloseDate));
    }

    [Fact]
    public async Task NewContactAddedAsARole_HasThatTitle()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "add Priyanka Rao to Harbor as Procurement Lead, priyanka.rao@harbor.example, +1 312 555 0219");

        await using var db = chat.Store();
        var contact = await db.Contacts.SingleAsync(c => c.Name == "Priyanka Rao");
        Assert.Equal(("ACC-HAR", "Procurement Lead", "+1 312 555 0219"), (contact.AccountId, contact.Title, contact.Phone));
    }

    [Fact]
    public async Task NotesFromYesterdaysCall_AreLoggedOnYesterday()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "notes from yesterday's call with Dev at Harbor: the pilot went well");

        await using var db = chat.Store();
        var call = await db.Activities.SingleAsync();
        Assert.Equal((new DateOnly(2026, 11, 17), "CON-H1"), (DateOnly.FromDateTime(call.OccurredAt.AddHours(-8)), call.ContactId));
    }

    [Fact]
    public async Task PersonDeniedWhileSpeaking_IsNotTheOneLinked()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-REP", "log a meeting with uh Lena no not Lena with Owen at Pinecrest about the the POS upgrade");

        await using var db = chat.Store();
        Assert.Equal("CON-P3", (await db.Activities.SingleAsync()).ContactId);
    }

    [Fact]
    public async Task JoiningAColleaguesVisit_LogsTheVisit()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        await chat.SendAsync("U-MGR", "I joined Riley on his Harbor visit last Friday. Dev Malik pushed back hard on the route planner price");

        await using var db = chat.Store();
        var visit = await db.Activities.SingleAsync();
        Assert.Equal((Crm.Data.Activities.ActivityType.Visit, "ACC-HAR", "CON-H1", "U-MGR"), (visit.Type, visit.AccountId, visit.ContactId, visit.UserId));
        Assert.Equal(new DateOnly(2026, 11, 13), DateOnly.FromDateTime(visit.OccurredAt.AddHours(-8)));
    }
}
