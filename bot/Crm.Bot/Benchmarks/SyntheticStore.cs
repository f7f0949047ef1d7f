using Crm.Data.Accounts;
using Crm.Data.Deals;
using Crm.Data.Exchange;
using Crm.Data.Users;

namespace Crm.Bot.Benchmarks;

/// <summary>
/// A large, realistic-looking store for benchmarks: English and Chinese companies made of word
/// parts, three contacts each, a deal on every other account. Deterministic for a given seed, so
/// runs compare like with like.
/// </summary>
internal static class SyntheticStore
{
    private static readonly string[] EnglishFirst = ["North", "Blue", "Silver", "Summit", "River", "Bright", "Iron", "Cedar", "Harbor", "Maple", "Granite", "Golden", "Pine", "Falcon", "Crystal", "Atlas", "Copper", "Eagle", "Stone", "Oak"];
    private static readonly string[] EnglishSecond = ["wind", "field", "gate", "point", "bridge", "view", "crest", "brook", "line", "ridge", "works", "stone", "vale", "port", "wood", "haven", "light", "peak", "mark", "star"];
    private static readonly string[] EnglishKinds = ["Logistics", "Dynamics", "Foods", "Health", "Systems", "Retail", "Energy", "Labs", "Motors", "Media", "Insurance", "Biotech", "Credit", "Automation", "Hotels"];
    private static readonly string[] ChineseFirst = ["华", "星", "云", "恒", "天", "智", "康", "美", "远", "盛", "海", "金", "新", "宏", "博", "达", "瑞", "安", "东", "明"];
    private static readonly string[] ChineseSecond = ["通", "河", "帆", "府", "远", "宁", "家", "盛", "翔", "源", "泰", "信", "创", "启", "鼎", "润", "辰", "禾", "嘉", "悦"];
    private static readonly string[] ChineseKinds = ["科技", "物流", "医疗", "教育", "机械", "电子", "家居", "软件", "食品", "能源", "传媒", "制药"];
    private static readonly string[] GivenNames = ["Ava", "Kiran", "Marta", "Theo", "Wen", "Isla", "Diego", "Hazel", "Yusuf", "Freya", "Milo", "Greta", "Otto", "Lena", "Rafael", "Ines"];
    private static readonly string[] FamilyNames = ["Hale", "Iyer", "Moreno", "Tanaka", "Fischer", "Nguyen", "Okafor", "Byrne", "Castro", "Müller", "Ricci", "Lam", "Novak", "Gill", "Adler", "Sousa"];
    private static readonly string[] ChineseSurnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭"];
    private static readonly string[] ChineseGiven = ["伟", "芳", "敏", "静", "磊", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平", "刚"];
    private static readonly string[] Products = ["ERP rollout", "CRM upgrade", "analytics add-on", "support renewal", "warehouse tracking", "mobile app", "data platform", "security audit"];
    private static readonly string[] ChineseProducts = ["CRM升级", "仓储系统", "MES对接", "售后平台", "数据中台", "小程序商城", "设备管理", "招生系统"];

    public static ExchangeDocument Create(int accounts, int contactsPerAccount, int seed = 7)
    {
        var random = new Random(seed);
        var users = Users();
        var reps = users.Where(u => u.Role == UserRole.Rep).ToArray();
        var accountList = new List<ExchangeAccount>(accounts);
        var contacts = new List<ExchangeContact>(accounts * contactsPerAccount);
        var deals = new List<ExchangeDeal>(accounts / 2);
        for (var i = 0; i < accounts; i++)
        {
            var chinese = i % 3 == 2;
            var owner = reps[random.Next(reps.Length)];
            var id = $"ACC-{i + 1:00000}";
            accountList.Add(new ExchangeAccount
            {
                Id = id, Name = CompanyName(random, chinese, i), OwnerId = owner.Id, Currency = chinese ? "CNY" : "USD",
                Status = AccountStatus.Customer, Country = chinese ? "CN" : "US",
            });
            for (var c = 0; c < contactsPerAccount; c++)
                contacts.Add(new ExchangeContact { Id = $"CON-{contacts.Count + 1:000000}", AccountId = id, Name = PersonName(random, chinese) });
            if (i % 2 == 0)
                deals.Add(new ExchangeDeal
                {
                    Id = $"D-{deals.Count + 1:000000}", AccountId = id, OwnerId = owner.Id, Currency = chinese ? "CNY" : "USD",
                    Name = chinese ? ChineseProducts[random.Next(ChineseProducts.Length)] : Products[random.Next(Products.Length)],
                    Stage = (DealStage)random.Next(5), Amount = random.Next(5, 500) * 1000,
                });
        }
        return new ExchangeDocument { Users = users, Accounts = accountList, Contacts = contacts, Deals = deals };
    }

    // Word parts repeat, so the running number keeps every name unique, as a real store's names are.
    private static string CompanyName(Random random, bool chinese, int number) => chinese
        ? $"{ChineseFirst[random.Next(20)]}{ChineseSecond[random.Next(20)]}{ChineseKinds[random.Next(ChineseKinds.Length)]}{number}"
        : $"{EnglishFirst[random.Next(20)]}{EnglishSecond[random.Next(20)]} {EnglishKinds[random.Next(EnglishKinds.Length)]} {number}";

    private static string PersonName(Random random, bool chinese) => chinese
        ? ChineseSurnames[random.Next(ChineseSurnames.Length)] + ChineseGiven[random.Next(ChineseGiven.Length)]
        : $"{GivenNames[random.Next(GivenNames.Length)]} {FamilyNames[random.Next(FamilyNames.Length)]}";

    /// <summary>The Entra object id Teams sends as <c>from.aadObjectId</c> for a synthetic user.</summary>
    public static string AadObjectId(string userId) => "aad-" + userId.ToLowerInvariant();

    private static List<ExchangeUser> Users() =>
    [
        new() { Id = "U-BENCH-REP", Name = "Bench Rep", Role = UserRole.Rep, Team = "West", Locale = "en-US", TimeZone = "America/Los_Angeles", AadObjectId = AadObjectId("U-BENCH-REP") },
        new() { Id = "U-BENCH-REP2", Name = "测试销售", Role = UserRole.Rep, Team = "华东", Locale = "zh-CN", TimeZone = "Asia/Shanghai", AadObjectId = AadObjectId("U-BENCH-REP2") },
        new() { Id = "U-BENCH-MGR", Name = "Bench Manager", Role = UserRole.Manager, Team = "West", Locale = "en-US", TimeZone = "America/Los_Angeles", AadObjectId = AadObjectId("U-BENCH-MGR") },
    ];
}
