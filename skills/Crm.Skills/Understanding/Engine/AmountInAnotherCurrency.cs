using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// An amount said in another currency than the deal's ("tailspin amount is 10k euros" on a dollar deal, "客户要按美元签，
/// 金额4万美元" on a deal in yuan) is not yet the deal's amount: writing 10,000 in the deal's own currency would be wrong,
/// and converting is the user's call, so the bot asks for the amount in the deal's currency.
/// </summary>
public static class AmountInAnotherCurrency
{
    /// <summary>Asks when the amount the text gives the deal names a currency that is not <paramref name="dealCurrency"/>.</summary>
    public static void AskIfSaid(string text, string? dealCurrency)
    {
        if (dealCurrency is null || AmountReader.DealAmounts(text).LastOrDefault() is not { Currency: { } said }
            || string.Equals(said, dealCurrency, StringComparison.OrdinalIgnoreCase))
            return;
        throw new NeedsAnswerException(SlotKind.Value, [], $"the amount was said in {said}, the deal is in {dealCurrency}")
        {
            Field = "amount",
            Currency = dealCurrency,
        };
    }
}
