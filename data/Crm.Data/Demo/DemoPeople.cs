using Crm.Data.Exchange;
using Crm.Data.Users;

namespace Crm.Data.Demo;

/// <summary>The demo company's staff: every role, in English and Chinese locales.</summary>
internal static class DemoPeople
{
    public static IReadOnlyList<ExchangeUser> Users { get; } =
    [
        User("U-RACHEL", "Rachel Kim", UserRole.Manager, "Americas", null, "en-US", "America/Chicago"),
        User("U-JORDAN", "Jordan Ellis", UserRole.Rep, "Americas", "U-RACHEL", "en-US", "America/Chicago"),
        User("U-MAYA", "Maya Brooks", UserRole.Rep, "Americas", "U-RACHEL", "en-US", "America/New_York"),
        User("U-HUANGQIANG", "黄强", UserRole.Manager, "华北", null, "zh-CN", "Asia/Shanghai"),
        User("U-ZHAOLEI", "赵磊", UserRole.Rep, "华北", "U-HUANGQIANG", "zh-CN", "Asia/Shanghai"),
        User("U-SUNLI", "孙丽", UserRole.Rep, "华北", "U-HUANGQIANG", "zh-CN", "Asia/Shanghai"),
        User("U-OWEN", "Owen Price", UserRole.Support, "Support", null, "en-US", "America/New_York"),
        User("U-LINNA", "林娜", UserRole.Support, "客服", null, "zh-CN", "Asia/Shanghai"),
        User("U-SASHA", "Sasha Ivanova", UserRole.Admin, "Operations", null, "en-US", "Europe/London"),
    ];

    private static ExchangeUser User(string id, string name, UserRole role, string team, string? manager, string locale, string zone) => new()
    {
        Id = id,
        Name = name,
        Email = $"{id[2..].ToLowerInvariant()}@fabrikam-demo.example",
        Role = role,
        Team = team,
        ManagerId = manager,
        Locale = locale,
        TimeZone = zone,
    };
}
