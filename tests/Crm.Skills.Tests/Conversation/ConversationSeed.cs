using Crm.Data.Deals;
using Crm.Data.Tickets;
using Crm.Skills.Tests.Infrastructure;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// The store the conversation tests talk about: <see cref="SeedBuilder.People"/> plus accounts made for
/// these tests (two contacts called Lena at one account, an account with two open deals, Chinese
/// accounts sharing a contact surname), so ambiguity and resolution have something to bite on.
/// </summary>
public static class ConversationSeed
{
    public static void Build(SeedBuilder s) => s.People()
        .Account("ACC-PIN", "Pinecrest Outfitters Inc", "U-REP", aliases: ["Pinecrest"])
        .Contact("CON-P1", "ACC-PIN", "Lena Marsh", "lena.marsh@pinecrest.example", title: "CFO")
        .Contact("CON-P2", "ACC-PIN", "Lena Ortiz", title: "Buyer")
        .Contact("CON-P3", "ACC-PIN", "Owen Blake", "owen@pinecrest.example", title: "IT lead")
        .Deal("D-P1", "ACC-PIN", "Pinecrest POS upgrade", "U-REP", DealStage.Proposal, 50000, new DateOnly(2026, 12, 20))
        .Deal("D-P2", "ACC-PIN", "Pinecrest loyalty app", "U-REP", DealStage.Qualified, 20000, new DateOnly(2027, 1, 15))
        .Account("ACC-HAR", "Harbor Freightways", "U-REP", aliases: ["Harbor"])
        .Contact("CON-H1", "ACC-HAR", "Dev Malik", title: "VP Operations")
        .Deal("D-H1", "ACC-HAR", "Harbor route planner", "U-REP", DealStage.Negotiation, 80000, new DateOnly(2026, 12, 1))
        .Deal("D-H2", "ACC-HAR", "Harbor telematics pilot", "U-REP", DealStage.Won, 5000, new DateOnly(2026, 9, 1))
        .Account("ACC-QNT", "Quantum Dynamics", "U-EAST")
        .Contact("CON-Q1", "ACC-QNT", "Lena Fox", title: "CTO")
        .Deal("D-Q1", "ACC-QNT", "Quantum data lake", "U-EAST", DealStage.Lead, 30000)
        .Account("ACC-YS", "上海云杉信息技术有限公司", "U-ZH", "CNY", null, "云杉信息", "云杉")
        .Contact("CON-Y1", "ACC-YS", "韩磊", title: "总经理")
        .Contact("CON-Y2", "ACC-YS", "沈悦", title: "IT经理")
        .Deal("D-Y1", "ACC-YS", "云杉信息 数据中台", "U-ZH", DealStage.Proposal, 300000, new DateOnly(2026, 12, 30), "CNY")
        .Deal("D-Y2", "ACC-YS", "云杉信息 运维外包", "U-ZH", DealStage.Qualified, 120000, new DateOnly(2027, 3, 1), "CNY")
        .Account("ACC-BC", "北京百川物流有限公司", "U-ZH", "CNY", null, "百川物流")
        .Contact("CON-B1", "ACC-BC", "韩梅", title: "采购总监")
        .Deal("D-B1", "ACC-BC", "百川物流 仓储管理", "U-ZH", DealStage.Negotiation, 200000, new DateOnly(2026, 12, 12), "CNY")
        .Ticket("T-700", "ACC-PIN", "Label printer drops jobs", TicketStatus.Open, TicketPriority.Normal, "U-SUP");
}
