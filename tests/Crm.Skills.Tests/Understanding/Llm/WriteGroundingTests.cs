using System.Text.Json;
using Crm.Data.Deals;
using Crm.Data.Tickets;
using Crm.Data.Users;
using Crm.Skills.Understanding.Engine;
using Crm.Skills.Understanding.Index;
using Crm.Skills.Understanding.Llm;

namespace Crm.Skills.Tests.Understanding.Llm;

/// <summary>Whether a model write's records and values are in the user's own words, case by case.</summary>
public sealed class WriteGroundingTests
{
    private static readonly StoreIndex Index = StoreIndexBuilder.Build(
        [
            new StoreIndexBuilder.AccountRow("A-1", "Pinecrest Outfitters", "U-1", "USD", null, []),
            new StoreIndexBuilder.AccountRow("A-2", "青松网络", "U-1", "CNY", null, []),
        ],
        [new IndexedContact("C-1", "A-1", "Dana Whitfield"), new IndexedContact("C-2", "A-2", "王磊"), new IndexedContact("C-3", "A-1", "王芳")],
        [
            new IndexedDeal("D-1", "A-1", "Pinecrest harbour refit", "U-1", DealStage.Proposal, "USD"),
            new IndexedDeal("D-2", "A-1", "Pinecrest ERP upgrade", "U-1", DealStage.Qualified, "USD"),
            new IndexedDeal("D-3", "A-2", "青松网络渠道CRM", "U-1", DealStage.NeedsAnalysis, "CNY"),
        ],
        [new IndexedUser("U-1", "Riley Chen", UserRole.Rep, "West", null, "UTC", "en-US"), new IndexedUser("U-2", "Morgan Ellis", UserRole.Rep, "West", null, "UTC", "en-US")],
        [
            new StoreIndexBuilder.TicketRow(new IndexedTicket("T-501", "A-1", "SSO login fails for new staff", TicketStatus.Open, null, "U-1"), null),
            new StoreIndexBuilder.TicketRow(new IndexedTicket("T-502", "A-1", "Invoice PDF is missing the logo", TicketStatus.Open, null, "U-1"), null),
        ]);

    private static readonly TurnContext Context = new()
    {
        Index = Index,
        User = Index.Users["U-1"],
        LocalNow = new DateTimeOffset(2026, 11, 18, 9, 0, 0, TimeSpan.Zero),
        TimeZone = TimeZoneInfo.Utc,
    };

    [Theory]
    [InlineData("the harbour refit folks at pinecrest are negotiating hard", """{"dealId":"D-1","stage":"Negotiation"}""", true)]
    [InlineData("the harbour refit folks at pinecrest are negotiating hard", """{"dealId":"D-2","stage":"Negotiation"}""", false)]
    [InlineData("the harbour refit folks at pinecrest are negotiating hard", """{"dealId":"D-1","stage":"Won"}""", false)]
    [InlineData("pinecrest keep haggling over negotiation points", """{"dealId":"D-1","stage":"Negotiation"}""", false)]
    [InlineData("青松网络那边一直在议价", """{"dealId":"D-3","stage":"Negotiation"}""", true)]
    [InlineData("青松网络那边一直在议价", """{"dealId":"D-3","amount":450000}""", false)]
    [InlineData("青松网络说预算大概四十五万", """{"dealId":"D-3","amount":450000}""", true)]
    [InlineData("the harbour refit should wrap up by Dec 15", """{"dealId":"D-1","closeDate":"2026-12-15"}""", true)]
    [InlineData("the harbour refit should wrap up by Dec 15", """{"dealId":"D-1","closeDate":"2026-12-20"}""", false)]
    [InlineData("Dana Whitfield mentioned she prefers mornings", """{"accountId":"A-1","contactId":"C-1","type":"Note","summary":"Prefers mornings"}""", true)]
    [InlineData("Dana Whitfield mentioned she prefers mornings", """{"accountId":"A-2","type":"Note","summary":"Prefers mornings"}""", false)]
    [InlineData("Dana Whitfield mentioned she prefers mornings", """{"accountId":"A-1","type":"Visit","summary":"Prefers mornings"}""", false)]
    [InlineData("青松网络的王总说他们还在考虑", """{"accountId":"A-2","contactId":"C-2","type":"Note","summary":"还在考虑"}""", true)]
    [InlineData("王总说他们还在考虑", """{"accountId":"A-2","contactId":"C-2","type":"Note","summary":"还在考虑"}""", false)]
    [InlineData("the harbour refit belongs with Morgan Ellis from now on", """{"dealId":"D-1","ownerId":"U-2"}""", true)]
    [InlineData("the harbour refit belongs with someone else from now on", """{"dealId":"D-1","ownerId":"U-2"}""", false)]
    [InlineData("the harbour refit folks are keen", """{"dealId":"D-1","probability":0.5}""", false)]
    public void IsGrounded_AModelWrite_OnlyWhenItsRecordsAndValuesAreInTheWords(string words, string arguments, bool expected) =>
        Assert.Equal(expected, new WriteGrounding(words, Context, []).IsGrounded("update_deal", Args(arguments)));

    [Theory]
    [InlineData("Pinecrest have a new buyer, Sam Okafor, who signs off orders", "A-1", "Sam Okafor", true)]
    [InlineData("青松网络新来了一位采购叫李娜", "A-2", "李娜", true)]
    [InlineData("Pinecrest have a new buyer who signs off orders", "A-1", "Sam Okafor", false)]
    public void IsGrounded_ANewContact_OnlyWithTheNameTheUserGave(string words, string accountId, string name, bool expected)
    {
        var arguments = new Dictionary<string, object?> { ["accountId"] = JsonSerializer.SerializeToElement(accountId), ["name"] = JsonSerializer.SerializeToElement(name) };

        Assert.Equal(expected, new WriteGrounding(words, Context, []).IsGrounded("add_contact", arguments));
    }

    [Theory]
    [InlineData("that SSO login problem is fixed now", "T-501", "Resolved", true)]
    [InlineData("that SSO login problem is fixed now", "T-502", "Resolved", false)]
    [InlineData("that SSO login problem is fixed now", "T-501", "Closed", false)]
    [InlineData("t-502 has become a blocker for them", "T-502", "Open", false)]
    public void IsGrounded_ATicketChange_OnlyOnTheTicketDescribedAndTheStatusSaid(string words, string ticketId, string status, bool expected)
    {
        var arguments = new Dictionary<string, object?> { ["ticketId"] = JsonSerializer.SerializeToElement(ticketId), ["status"] = JsonSerializer.SerializeToElement(status) };

        Assert.Equal(expected, new WriteGrounding(words, Context, []).IsGrounded("update_ticket", arguments));
    }

    [Fact]
    public void IsGrounded_ARecordThePreviousWriteMade_NeedsNoName()
    {
        var grounding = new WriteGrounding("we were face to face actually, so a meeting", Context, ["ACT-0107", null]);

        Assert.True(grounding.IsGrounded("update_activity", Args("""{"activityId":"ACT-0107","type":"Meeting"}""")));
        Assert.False(grounding.IsGrounded("update_activity", Args("""{"activityId":"ACT-0099","type":"Meeting"}""")));
    }

    private static Dictionary<string, object?> Args(string json) => JsonSerializer.Deserialize<Dictionary<string, object?>>(json)!;
}
