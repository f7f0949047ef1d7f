namespace Crm.Skills.Understanding.Language;

/// <summary>
/// What reps send, bring and prepare for customers: "the quote", "our pricing deck", "the order form". A to-do is done with
/// one ("prepare the proposal"), and one sent to a person tells of an e-mail ("sent Jane our pricing deck").
/// </summary>
public static class SalesThings
{
    public const string Pattern = @"(?:demo|quote|proposal|contract|agreement|sow|nda|po|purchase order|invoice|deck|slides|pricing sheet|pricing|price list|case study|brochure|specs?|document|doc|report|summary|recap|agenda|invite|workshop|webinar|trial|pilot|poc|sandbox|meeting|training|session|order form|renewal form|references?)";
}
