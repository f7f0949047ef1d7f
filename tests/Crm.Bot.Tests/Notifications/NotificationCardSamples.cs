using Crm.Bot.Cards;
using Crm.Bot.Notifications;
using Crm.Bot.Notifications.Cards;
using Crm.Data.Accounts;
using Crm.Data.Deals;
using Crm.Data.Notifications;
using Crm.Data.Tasks;
using Crm.Data.Tickets;
using Crm.Data.Users;
using Crm.Skills.Results;

namespace Crm.Bot.Tests.Notifications;

/// <summary>One notification card of every kind for a reader of each language, for the card check.</summary>
internal static class NotificationCardSamples
{
    public static IEnumerable<(string Name, RenderedMessage Message)> All(bool chinese)
    {
        var reader = new User
        {
            Id = "U-1", Name = chinese ? "李明" : "Alex Rivers", Locale = chinese ? "zh-CN" : "en-US", TimeZone = chinese ? "Asia/Shanghai" : "America/Denver",
        };
        var account = new Account { Id = "ACC-1", Name = chinese ? "明远贸易" : "Bluebird Labs", OwnerId = reader.Id, ContractEnd = new DateOnly(2026, 12, 18), Status = AccountStatus.Customer };
        var task = new CrmTask { Id = "TSK-1", Title = chinese ? "发送合同" : "Send the contract", OwnerId = reader.Id, AccountId = account.Id, DueAt = new DateOnly(2026, 11, 18) };
        var deal = new Deal { Id = "D-1", AccountId = account.Id, Name = chinese ? "ERP升级" : "ERP Rollout", OwnerId = reader.Id, Stage = DealStage.Proposal, Amount = 45_000m, Currency = chinese ? "CNY" : "USD" };
        var ticket = new Ticket { Id = "T-1", AccountId = account.Id, Title = chinese ? "系统登录失败" : "Login fails", Priority = TicketPriority.Urgent, DueAt = new DateTime(2026, 11, 18, 15, 0, 0, DateTimeKind.Utc) };
        var pipeline = new PipelineResult("team:West", null, null,
            [new PipelineStage(DealStage.Proposal, 1, [new MoneyTotal("USD", 45_000m)], 0.6m)], [new MoneyTotal("USD", 45_000m)], [new MoneyTotal("USD", 27_000m)]);
        Notice[] notices =
        [
            new(NotificationKind.TaskDue, task.Id, "2026-11-18", reader, new TaskDueBody(task, account.Name)),
            new(NotificationKind.StaleDeal, deal.Id, "2026-11-01", reader, new QuietDealBody(deal, account.Name, new DateTime(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc), 17)),
            new(NotificationKind.Renewal, account.Id, "2026-12-18:30d", reader, new RenewalBody(account, 30)),
            new(NotificationKind.TicketSla, ticket.Id, "202611181500", reader, new TicketSlaBody(ticket, account.Name, chinese ? "王芳" : "Sam Ortiz", ToLead: true)),
            new(NotificationKind.PipelineDigest, reader.Id, "2026-11-23", reader, new DigestBody(pipeline, new DateOnly(2026, 11, 23))),
        ];
        return notices.Select(n => ("notify-" + n.Kind, NotificationCards.Render(n).Messages.Single()));
    }
}
