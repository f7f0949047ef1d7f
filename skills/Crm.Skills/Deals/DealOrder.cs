using System.ComponentModel;

namespace Crm.Skills.Deals;

/// <summary>How a list of deals is ordered: by close date, or by amount for "the biggest", "the smallest", "top 3 by amount".</summary>
public enum DealOrder
{
    [Description("Soonest close date first")] CloseDate,
    [Description("Largest amount first ('biggest', 'top 3 by amount', '金额最大')")] LargestFirst,
    [Description("Smallest amount first ('smallest', '金额最小')")] SmallestFirst,
}
