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

        Assert.Contains("方案报价 · 60%  3 个商机 · ¥30万 · €2万", text);
        Assert.Contains("加权合计：¥31.14万 · €1.2万", text);
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

        Assert.Contains("仓储系统 | 青松物流 | 谈判签约 | ¥177.8万 | 2026年11月30日 周一 | 赵磊", text);
    }

    [Fact]
    public void OneDeal_AlsoShowsItsNextStepWithItsDueDate_AndNoTotal()
    {
        var b = new CrmRecordBuilder("ACC-H", "Harbor Co", "USD");
        var deal = b.Deal("Harbor expansion", DealStage.Proposal, 50_000m, new DateOnly(2026, 12, 20));
        deal.NextStep = "Demo to the board";
        deal.NextStepDue = new DateOnly(2026, 11, 26);

        var text = Rendering.English(new DealListResult($"{deal.Id} {deal.Name}", [new DealLine(deal, "Harbor Co", "Omar Holt")])).Text;

        Assert.Contains("Next step: Demo to the board · Thu, Nov 26, 2026", text);
        Assert.DoesNotContain("Total", text);
    }

    [Fact]
    public void OneContact_ShowsTheirAccountTitleEmailAndPhone()
    {
        var b = new CrmRecordBuilder("ACC-H", "Harbor Co", "USD");
        var contact = b.Contact("Nora Vance", "CTO");
        (contact.Email, contact.Phone) = ("nora@harbor.example", "+1 415 555 0100");

        var english = Rendering.English(new ContactResult(contact, "Harbor Co")).Text;
        var withoutEmail = b.Contact("Nora Vance", "CTO");
        var chinese = Rendering.Chinese(new ContactResult(withoutEmail, "Harbor Co")).Text;

        Assert.Contains("Nora Vance", english);
        foreach (var fact in new[] { "Account: Harbor Co", "Title: CTO", "E-mail: nora@harbor.example", "Phone: +1 415 555 0100" })
            Assert.Contains(fact, english);
        Assert.Contains("职位：CTO", chinese);
        Assert.Contains("邮箱：—", chinese);
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

    [Fact]
    public void DealList_ThousandsOfRows_StaysUnderTheTeamsMessageLimitAndCountsTheRest()
    {
        var b = new CrmRecordBuilder("ACC-H", "Harbor Co", "USD");
        DealLine[] deals = [.. Enumerable.Range(1, 2000).Select(i => new DealLine(
            b.Deal($"Deal {i} " + new string('x', 120), DealStage.Lead, i * 1000m), "Harbor Co " + new string('y', 80), "Omar Holt"))];

        var message = Rendering.English(new DealListResult("All deals", deals));

        Assert.True((message.Card!.ToJsonString().Length + message.Text.Length) * 2 <= 64 * 1024);
        Assert.Matches(@"Showing \d+ of 2000\.", message.Text);
        Assert.Contains("$1,000", message.Text);
    }

    [Fact]
    public void Summary_ManyOpenDeals_ListsTheFirstTenAndCountsTheRest()
    {
        var b = new CrmRecordBuilder("ACC-H", "Harbor Co", "USD");
        var summary = new CustomerSummaryResult(b.Account(), "Omar Holt", [.. Enumerable.Range(1, 14).Select(i => b.Deal($"Deal {i}", DealStage.Lead, 1000m))],
            [], [], [], null, []);

        var text = Rendering.English(summary).Text;

        Assert.Contains("Open deals (14)", text);
        Assert.Contains("Deal 10 |", text);
        Assert.DoesNotContain("Deal 11 |", text);
        Assert.Contains("Showing 10 of 14.", text);
        Assert.Contains("Last contact: never", text);
    }

    [Theory]
    [InlineData("mine", "Pipeline: mine", "销售漏斗：我的")]
    [InlineData("team:West", "Pipeline: team West", "销售漏斗：West团队")]
    [InlineData("all", "Pipeline: everyone", "销售漏斗：全公司")]
    [InlineData("Q4 forecast", "Pipeline: Q4 forecast", "销售漏斗：Q4 forecast")]
    public void Pipeline_ScopeCode_IsWordedInTheHeading(string code, string english, string chinese)
    {
        var pipeline = CardSamples.Pipeline(zh: false) with { ScopeDescription = code };

        Assert.StartsWith(english + "\n", Rendering.English(pipeline).Text);
        Assert.StartsWith(chinese + "\n", Rendering.Chinese(pipeline).Text);
    }

    [Fact]
    public void TicketList_ScopeCodeWithIds_IsWordedWithTheNamesTheListCarries()
    {
        var b = new CrmRecordBuilder("ACC-H", "Harbor Co", "USD");
        var ticket = b.Ticket("T-12", "VPN drops", TicketPriority.Urgent);
        ticket.AssigneeId = "U-5";
        var list = new TicketListResult("account:ACC-H;assignee:U-5;priority:urgent", [new TicketLine(ticket, "Harbor Co", "Ivy Lane")]);

        Assert.StartsWith("Open tickets: Harbor Co · assigned to Ivy Lane · urgent\n", Rendering.English(list).Text);
        Assert.StartsWith("未解决的工单：Harbor Co · Ivy Lane处理 · 紧急优先级\n", Rendering.Chinese(list).Text);
    }

    [Fact]
    public void DealAndTaskLists_ScopeCodes_AreWorded()
    {
        var b = new CrmRecordBuilder("ACC-H", "Harbor Co", "USD");
        var deals = new DealListResult("owner:U-OWNER", [new DealLine(b.Deal("Pilot", DealStage.Lead, 5m), "Harbor Co", "Omar Holt")]);

        Assert.StartsWith("Deals: owned by Omar Holt\n", Rendering.English(deals).Text);
        Assert.StartsWith("待办任务\n", Rendering.Chinese(new TaskListResult("open:U-OWNER", [])).Text);
        Assert.StartsWith("待办任务 · 陈静\n", Rendering.Chinese(new TaskListResult("open:U-CJ", []) { OwnerName = "陈静" }).Text);
    }

    [Fact]
    public void ATeamsTaskList_IsTitledByTheTeam_AndSaysWhoseEachTaskIs()
    {
        var b = new CrmRecordBuilder("ACC-H", "Harbor Co", "USD");
        var tasks = new TaskListResult("open;team:West", [b.Task("Send the contract", new DateOnly(2026, 11, 20)), b.Task("Call back", null, owner: "U-Q")])
        {
            OwnerNames = new Dictionary<string, string> { ["U-OWNER"] = "Omar Holt", ["U-Q"] = "Quinn Harper" },
        };

        var text = Rendering.English(tasks).Text;

        Assert.StartsWith("Open tasks · team West\n", text);
        Assert.Contains("Omar Holt", text);
        Assert.Contains("Quinn Harper", text);
    }

    [Fact]
    public void DealList_ColumnsAlikeOnEveryRow_AreSaidOnceAboveTheTable()
    {
        var b = new CrmRecordBuilder("ACC-H", "Harbor Co", "USD");
        DealLine[] deals = [new(b.Deal("Pilot", DealStage.Lead, 5_000m), "Harbor Co", "Omar Holt"), new(b.Deal("Rollout", DealStage.Proposal, 64_000m), "Harbor Co", "Omar Holt")];

        var message = Rendering.English(new DealListResult("Closing soon", deals));

        Assert.Contains("Account: Harbor Co\nOwner: Omar Holt\nDeal | Stage | Amount | Close date\nPilot | Lead | $5,000 | —\nRollout | Proposal | $64,000 | —", message.Text);
    }

    [Fact]
    public void DealList_OfSeveralDeals_AddsThemUp_AndOfOneDoesNot()
    {
        var b = new CrmRecordBuilder("ACC-H", "Harbor Co", "USD");
        DealLine[] deals = [new(b.Deal("Pilot", DealStage.Lead, 5_000m), "Harbor Co", "Omar Holt"), new(b.Deal("Rollout", DealStage.Proposal, 64_000m), "Harbor Co", "Omar Holt")];

        Assert.EndsWith("Total: 2 deals · $69,000", Rendering.English(new DealListResult("Closing soon", deals)).Text.TrimEnd());
        Assert.DoesNotContain("Total", Rendering.English(new DealListResult("Closing soon", deals[..1])).Text);
    }
}
