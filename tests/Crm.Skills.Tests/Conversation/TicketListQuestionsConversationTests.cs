using Crm.Data.Tickets;
using Crm.Skills.Results;
using Crm.Skills.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// Ticket lists asked in everyday words and asked again, changed: "what about resolved ones" after a customer's open
/// tickets is a read, not a change; "across my accounts" is the tickets of the customers the asker owns; "came in this
/// week" is the tickets opened this week; "紧急工单有几个" and "我手上的工单" are lists; "哪个最急" after one is its most
/// urgent ticket.
/// </summary>
public sealed class TicketListQuestionsConversationTests
{
    // Wednesday 18 Nov 2026: 07:00 in Los Angeles, 10:00 in New York, 23:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    private static void Seed(SeedBuilder s)
    {
        ConversationSeed.Build(s);
        s.Ticket("T-701", "ACC-PIN", "Receipt printer jams", TicketStatus.Resolved, TicketPriority.Normal, "U-SUP", createdAt: new DateTime(2026, 11, 2, 15, 0, 0, DateTimeKind.Utc))
            .Ticket("T-702", "ACC-HAR", "Route export times out", TicketStatus.Pending, TicketPriority.High, "U-SUP", createdAt: new DateTime(2026, 11, 16, 15, 0, 0, DateTimeKind.Utc))
            .Ticket("T-703", "ACC-QNT", "Data lake login loops", TicketStatus.Closed, TicketPriority.Low, null, createdAt: new DateTime(2026, 11, 17, 15, 0, 0, DateTimeKind.Utc))
            .Ticket("T-704", "ACC-YS", "数据中台告警不推送", TicketStatus.Open, TicketPriority.Urgent, null, createdAt: new DateTime(2026, 11, 10, 2, 0, 0, DateTimeKind.Utc));
    }

    [Theory]
    [InlineData("open tickets for Pinecrest", "what about resolved ones", "T-701")]
    [InlineData("open tickets for Pinecrest", "and the closed ones?", null)]
    public async Task StatusAskedAfterACustomersTickets_ListsThatCustomersTicketsInThatStatus_AndChangesNothing(string list, string followUp, string? expected)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);
        await chat.SendAsync("U-SUP", list);

        var shown = (await chat.SendAsync("U-SUP", followUp)).Single<TicketListResult>();

        Assert.Equal(expected is null ? [] : [expected], shown.Tickets.Select(t => t.Ticket.Id));
        await using var db = chat.Store();
        Assert.Equal(0, await db.ChangeSets.CountAsync());
        Assert.Equal(TicketStatus.Open, (await db.Tickets.SingleAsync(t => t.Id == "T-700")).Status);
    }

    [Fact]
    public async Task OpenTicketsAcrossMyAccounts_AreTheOpenTicketsOfTheCustomersTheAskerOwns()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        var shown = (await chat.SendAsync("U-REP", "how many open tickets are there across my accounts?")).Single<TicketListResult>();

        Assert.Equal(["T-700", "T-702"], shown.Tickets.Select(t => t.Ticket.Id).Order());
    }

    [Fact]
    public async Task TicketsThatCameInThisWeek_AreThoseOpenedThisWeek_WhateverBecameOfThem()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        var shown = (await chat.SendAsync("U-SUP", "how many tickets came in this week")).Single<TicketListResult>();

        Assert.Equal(["T-702", "T-703"], shown.Tickets.Select(t => t.Ticket.Id).Order());
    }

    [Fact]
    public async Task UrgentTicketsCountedInChinese_AreTheOpenUrgentOnes()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        var shown = (await chat.SendAsync("U-ZH", "紧急工单有几个")).Single<TicketListResult>();

        Assert.Equal(["T-704"], shown.Tickets.Select(t => t.Ticket.Id));
    }

    [Fact]
    public async Task MostUrgentAskedAfterMyTickets_IsTheMostUrgentOfThem()
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);
        var mine = (await chat.SendAsync("U-SUP", "我手上的工单")).Single<TicketListResult>();
        Assert.Equal(["T-700", "T-702"], mine.Tickets.Select(t => t.Ticket.Id).Order());

        var shown = (await chat.SendAsync("U-SUP", "哪个最急")).Single<TicketListResult>();

        Assert.Equal(["T-702"], shown.Tickets.Select(t => t.Ticket.Id));
    }

    [Theory]
    [InlineData("my unresolved tickets")]
    [InlineData("my open tickets")]
    public async Task MyTicketsDescribedByTheirState_AreTheOnesAssignedToMe(string question)
    {
        await using var chat = await ConversationScript.StartAsync(Seed, Now);

        var list = (await chat.SendAsync("U-SUP", question)).Part<TicketListResult>();

        Assert.Equal(["T-700", "T-702"], list.Tickets.Select(t => t.Ticket.Id).Order());
    }
}
