using Crm.Data.Deals;
using Crm.Data.Tickets;
using Crm.Skills.Results;

namespace Crm.Bot.Tests.Cards;

public sealed class ReadCardTests
{
    [Fact]
    public void Summary_Customer_ShowsOwnerDealsTicketsLastContactAndFlags()
    {
        var b = new CrmRecordBuilder("ACC-H", "Harbor Co", "USD");
        var call = b.Activity(Data.Activities.ActivityType.Call, new DateTime(2026, 11, 3, 16, 0, 0, DateTimeKind.Utc), "Asked for a quote", "Ivy Lane", "Omar Holt");
        var summary = new CustomerSummaryResult(b.Account(contractEnd: new DateOnly(2026, 12, 1)), "Omar Holt",
            [b.Deal("Harbor Expansion", DealStage.Proposal, 64_000m)], [b.Ticket("T-77", "Printer offline", TicketPriority.Urgent)],
            [], [call], call.Activity.OccurredAt, [CustomerFlag.NoRecentContact, CustomerFlag.UrgentTicketOpen]);

        var text = Rendering.English(summary).Text;

        Assert.Contains("Owner: Omar Holt", text);
        Assert.Contains("Status: Customer", text);
        Assert.Contains("Contract end: Tue, Dec 1, 2026", text);
        Assert.Contains("Harbor Expansion | Proposal | $64,000", text);
        Assert.Contains("T-77 | Printer offline | Urgent", text);
        Assert.Contains("Last contact: Tue, Nov 3, 2026 9:00 AM", text);
        Assert.Contains("Call · Ivy Lane · Omar Holt: Asked for a quote", text);
        Assert.Contains("No contact in 14+ days", text);
        Assert.Contains("Urgent ticket open", text);
    }

    [Fact]
    public void Pipeline_EveryStage_ShowsCountTotalsPerCurrencyAndWeight()
    {
        var text = Rendering.English(CardSamples.Pipeline(zh: false)).Text;

        Assert.Contains("Proposal · 60%  3 deals · $300,000 · €20,000", text);
        Assert.Contains("Qualified · 20%  0 deals", text);
        Assert.Contains("Total: 7 deals · $568,000 · €20,000", text);
        Assert.Contains("Weighted total: $311,400 · €12,000", text);
    }

    [Fact]
    public void Pipeline_Chinese_ShowsYuanTotals()
    {
        var text = Rendering.Chinese(CardSamples.Pipeline(zh: true)).Text;

        Assert.Contains("方案报价 · 60%  3 个商机 · ¥300,000 · €20,000", text);
        Assert.Contains("加权合计：¥311,400 · €12,000", text);
    }

    [Fact]
    public void Pipeline_OneCurrency_BarsAreProportionalToTheLargestStage()
    {
        var pipeline = new PipelineResult("mine", null, null,
        [
            new PipelineStage(DealStage.Lead, 1, [new MoneyTotal("USD", 25_000m)], 0.1m),
            new PipelineStage(DealStage.Proposal, 2, [new MoneyTotal("USD", 100_000m)], 0.6m),
            new PipelineStage(DealStage.Negotiation, 0, [], 0.8m),
        ], [new MoneyTotal("USD", 125_000m)], [new MoneyTotal("USD", 62_500m)]);

        var card = Rendering.English(pipeline).Card;

        var filled = Rendering.OfType(card, "Column").Where(c => (string?)c["style"] == "accent").Select(c => (double)c["width"]!).ToArray();
        Assert.Equal([25d, 100d], filled);
        Assert.Equal("full", ((string?)card!["msteams"]!["width"])?.ToLowerInvariant());
    }

    [Fact]
    public void DealList_EachDeal_ShowsAccountStageAmountAndCloseDate()
    {
        var b = new CrmRecordBuilder("ACC-Q", "青松物流", "CNY");
        var deal = b.Deal("仓储系统", DealStage.Negotiation, 1_778_000m, new DateOnly(2026, 11, 30));

        var text = Rendering.Chinese(new DealListResult("本月成交", [new DealLine(deal, "青松物流", "赵磊")])).Text;

        Assert.Contains("仓储系统 | 青松物流 | 谈判签约 | ¥1,778,000 | 2026年11月30日 周一 | 赵磊", text);
    }

    [Fact]
    public void TicketList_EachTicket_ShowsIdPriorityStatusAndAssignee()
    {
        var b = new CrmRecordBuilder("ACC-H", "Harbor Co", "USD");

        var text = Rendering.English(new TicketListResult("Open tickets", [new TicketLine(b.Ticket("T-12", "VPN drops", TicketPriority.High, TicketStatus.Pending), "Harbor Co", null)])).Text;

        Assert.Contains("T-12 | VPN drops | Harbor Co | High | Waiting on customer | unassigned", text);
    }

    [Fact]
    public void EmptyList_SaysNothingWasFound()
    {
        Assert.Contains("没有找到相关记录", Rendering.Chinese(new TaskListResult("我的任务", [])).Text);
        Assert.Contains("Nothing found", Rendering.English(new FindResult("qq", [])).Text);
    }

    [Fact]
    public void Help_Chinese_ListsChineseExamplesAndStarters()
    {
        var message = Rendering.Chinese(new HelpResult());

        Assert.Contains("“提醒我周五把合同发过去”", message.Text);
        Assert.InRange(message.SuggestedActions.Count, 1, 3);
        Assert.All(message.SuggestedActions, s => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", s.Value));
    }

    [Fact]
    public void Welcome_GreetsByName()
    {
        Assert.StartsWith("Hi Ivy Lane!", Rendering.English(new WelcomeResult("Ivy Lane")).Text);
        Assert.StartsWith("赵磊，您好！", Rendering.Chinese(new WelcomeResult("赵磊")).Text);
    }
}
