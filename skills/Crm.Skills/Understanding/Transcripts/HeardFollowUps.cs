using System.Globalization;
using System.Text.RegularExpressions;
using Crm.Data.Deals;
using Crm.Data.Tickets;
using Crm.Skills.Understanding.Engine;
using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Plan;
using Crm.Skills.Understanding.Resolution;

namespace Crm.Skills.Understanding.Transcripts;

/// <summary>
/// Besides the user's promises, a transcript may carry a stage move ("we're ready to sign", "可以签合同"),
/// an agreed amount ("we can do 45k", "四十五万可以") and problems the customer reports ("login fails",
/// "扫码枪不同步"). They are only offered, never written, so the cues are strict: a wrong offer is noise.
/// </summary>
public static partial class HeardFollowUps
{
    /// <summary>The offers with the title each is shown under, in the message's language.</summary>
    public static List<(PlannedAction Offer, string Title)> Find(IReadOnlyList<Utterance> utterances, TurnContext ctx, LogActivity activity, bool chinese)
    {
        var found = new List<(PlannedAction, string)>();
        var all = string.Join("\n", utterances.Select(u => u.Text));
        var named = DealResolver.Resolve(ctx.Index, all, activity.AccountId, null, needed: false);
        var dealId = named.IsUnique ? named.Id : activity.DealId;
        if (dealId is not null && ctx.Index.Deals[dealId] is { IsOpen: true } deal)
        {
            if (utterances.Any(u => StageCue().IsMatch(u.Text) && !Negated().IsMatch(u.Text)) && deal.Stage < DealStage.Negotiation)
                found.Add((new UpdateDeal(deal.Id) { Stage = DealStage.Negotiation, FromText = utterances.First(u => StageCue().IsMatch(u.Text)).Text },
                    chinese ? $"将 {deal.Name} 推进到谈判签约" : $"Move {deal.Name} to negotiation"));
            if (AgreedAmount(utterances) is { } amount)
                found.Add((new UpdateDeal(deal.Id) { Amount = amount.Value, FromText = amount.Line },
                    chinese ? $"{deal.Name} 金额设为 {Results.ChineseMoney.Format(amount.Value, deal.Currency)}" : "Set amount to " + Money(amount.Value, deal.Currency)));
        }
        var userName = Index.NameText.Normalize(ctx.User.Name);
        foreach (var u in utterances.Where(u => Index.NameText.Normalize(u.Speaker) != userName && Problem().IsMatch(u.Text) && !Resolved().IsMatch(u.Text)).Take(2))
        {
            var title = Lead().Replace(u.Text, "").TrimEnd('.', '。', '!', '！');
            title = title.Length > 80 ? title[..80] : title;
            var priority = Vocabulary.TicketPriorities(u.Text).Where(p => !p.Negated).Select(p => (TicketPriority?)p.Value).FirstOrDefault() ?? TicketPriority.Normal;
            found.Add((new CreateTicket(activity.AccountId, title, u.Text, priority, activity.ContactId) { FromText = u.Text },
                (chinese ? "建工单：" : "Open ticket: ") + title));
        }
        return found;
    }

    /// <summary>The last amount said with an agreement cue: later figures in a call supersede earlier ones.</summary>
    private static (decimal Value, string Line)? AgreedAmount(IReadOnlyList<Utterance> utterances)
    {
        (decimal, string)? last = null;
        foreach (var u in utterances.Where(u => AmountCue().IsMatch(u.Text) && !Negated().IsMatch(u.Text)))
        {
            // The reader already keeps a bare number only when it is money-sized ("budget is 300,000").
            var money = AmountReader.FindAll(u.Text);
            if (money.Count == 1)
                last = (money[0].Value, u.Text);
        }
        return last;
    }

    private static string Money(decimal value, string currency) => currency switch
    {
        "USD" => "$" + value.ToString("#,0.##", CultureInfo.InvariantCulture),
        "CNY" => "¥" + value.ToString("#,0.##", CultureInfo.InvariantCulture),
        "EUR" => "€" + value.ToString("#,0.##", CultureInfo.InvariantCulture),
        _ => value.ToString("#,0.##", CultureInfo.InvariantCulture) + " " + currency,
    };

    [GeneratedRegex(@"\bready to sign\b|\bgo ahead\b|\bmove forward with\b|\bquote (?:is |was |has been )?accepted\b|\baccept(?:ed)? (?:the|your) (?:quote|proposal|offer)\b|\bsend (?:over |us )?the contract\b|可以签合同|准备签(?:约|合同)|进入谈判|接受(?:你们的)?报价|同意(?:你们的)?报价|把合同发过来", RegexOptions.IgnoreCase)]
    private static partial Regex StageCue();

    [GeneratedRegex(@"\bwe can do\b|\bbudget (?:is|of)\b|\bagreed?\b|\bworks for us\b|\bfinal (?:price|number)\b|\bsettle (?:on|at)\b|可以|预算|成交|同意|没问题|定在", RegexOptions.IgnoreCase)]
    private static partial Regex AmountCue();

    [GeneratedRegex(@"\bnot\b|n't\b|\bnever\b|\bno\b|还不|不能|不可以|不同意|没法|暂时不|先不", RegexOptions.IgnoreCase)]
    private static partial Regex Negated();

    [GeneratedRegex(@"\bfail(?:s|ed|ing)?\b|\berrors?\b|\bcrash(?:es|ed|ing)?\b|\bbroken\b|\b(?:doesn't|does not|don't|won't|isn't|is not) (?:work|sync|load|open|connect)|\bnot working\b|\bcan(?:'t|not) (?:log ?in|sign in|connect|open|sync)|\bbug\b|不同步|同步不了|报错|无法|登录不了|登不上|打不开|崩溃|故障|出问题|用不了|不能用", RegexOptions.IgnoreCase)]
    private static partial Regex Problem();

    [GeneratedRegex(@"^(?:(?:one (?:more )?thing|also|and|but|oh|by the way|btw)\b[,:]?\s*|(?:另外|还有|对了|顺便说一下)[，,]?\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();

    [GeneratedRegex(@"\bfixed\b|\bresolved\b|\bno (?:more )?(?:errors?|issues?|problems?)\b|已解决|已经好了|修好了|没有问题", RegexOptions.IgnoreCase)]
    private static partial Regex Resolved();
}
