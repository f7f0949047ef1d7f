namespace Crm.Skills.Understanding.Language;

/// <summary>Patterns of job titles, shared by the regexes that tell a promotion apart and read its new title.</summary>
public static class JobTitles
{
    /// <summary>
    /// "升CFO了", "升集团副总裁": a promotion said without 任 or 为, which only counts before a title (an executive
    /// abbreviation or a Chinese rank), since 升 alone also starts 升级 and 升到.
    /// </summary>
    public const string BarePromotion =
        @"升(?:成)?(?<title>[A-Z]{2,5}(?![A-Za-z])|\p{IsCJKUnifiedIdeographs}{0,6}?(?:总监|经理|总裁|副总|主管|总经理|主任|负责人|董事长?|合伙人|总工|院长|校长|部长|处长|科长))";
}
