using System.Text.RegularExpressions;
using Crm.Data.Deals;
using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Plan;
using Crm.Skills.Understanding.Reading;
using Crm.Skills.Understanding.Resolution;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// Deal updates and new deals: only the fields the user spoke of — stage said as a change, a
/// money-sized amount, a close date, the next step and its due date, why it was lost, a new owner.
/// </summary>
public static partial class DealBuilder
{
    public static UpdateDeal Update(Clause clause, References refs, TurnContext ctx)
    {
        var text = IntentClassifier.WithoutUnchangedFields(clause.Text);
        var update = new UpdateDeal(refs.DealId!) { FromText = clause.Text };
        var next = NextStep().Match(text);
        var future = ctx.Dates(DateDirection.Future);
        // "Ben wants a demo next Tues, pls make that the next step": what was said before is the step, with its day.
        if (ThatAsNextStep().Match(text) is { Success: true } that && TextParts.Tidy(TextParts.WithoutDates(text[..that.Index], future)) is { Length: > 0 } said)
        {
            update = update with { NextStep = said, NextStepDue = FirstDate(text[..that.Index], ctx) };
            text = "";
        }
        // "聊了下一步做什么，…": a step that is only a question word was talked about, not decided.
        else if (next.Success && !StepAsked().IsMatch(next.Groups["step"].Value))
        {
            var stepText = next.Groups["step"].Value;
            // "demo约在下周四 下一步就写demo": the step was arranged for a day said before it.
            var due = FirstDate(stepText, ctx) ?? FirstDate(next.Groups["which"].Value, ctx) ?? (StepSaidBefore(text[..next.Index], TextParts.WithoutDates(stepText, future)) ? FirstDate(text[..next.Index], ctx) : null);
            update = update with { NextStep = TextParts.WithoutDates(stepText, future), NextStepDue = due };
            text = text[..next.Index];
        }
        var stage = StageOf(text) ?? NextStageOf(text, refs, ctx);
        if (stage is not null)
            update = update with { Stage = stage };
        if (stage == DealStage.Lost)
            update = update with { LostReason = LostReason(clause) };
        if ((AmountChanges.Difference(text) is { } difference ? Changed(difference, refs, ctx) : AmountOf(text) ?? Discounted(text, refs, ctx)) is { } amount)
        {
            AmountInAnotherCurrency.AskIfSaid(text, ctx.Index.Deals.TryGetValue(update.DealId, out var deal) ? deal.Currency : null);
            update = update with { Amount = amount };
        }
        if (update.NextStep is null && refs.DealId is { } dealId && ctx.Index.Deals.TryGetValue(dealId, out var current)
            && NextStepRescheduled.Due(text, current, future) is { } stepDue)
            update = update with { NextStepDue = stepDue };
        else if (ShiftedCloseDate(text, refs, ctx) is { } shifted)
            update = update with { CloseDate = shifted };
        else if (CloseCue().IsMatch(text) && CloseDateOf(text, ctx) is { } close)
        {
            // "预计十二月初能签", "closing early December", "下个月签": a part of a month or a week is no day to write (only end of
            // month, end of quarter and mid-month are); the day is asked of whoever may change the deal.
            if (close.Vague && DealChangeAllowed.For(update.DealId, ctx))
                throw new NeedsAnswerException(SlotKind.Value, [], "the close date said is not one day") { Field = "closeDate", DayNotSaid = true };
            update = update with { CloseDate = close.Date };
        }
        var owner = UserResolver.Assignee(ctx.Index, text);
        if (owner.IsUnique)
            update = update with { OwnerId = owner.Id };
        if (update.IsEmpty)
            throw new NeedsAnswerException(SlotKind.Value, [], "the message did not say what to change") { Field = FieldAsked(text), NoSuchDate = NoSuchDates.First(text, ctx.Dates(DateDirection.Future)) };
        return update;
    }

    public static UpdateDeal? TryUpdate(Clause clause, References refs, TurnContext ctx)
    {
        try
        {
            return Update(clause, refs, ctx);
        }
        // A close date said only as part of a month is asked, though the clause changes other fields too; so is an amount in
        // another currency, even where the clause might only name the deal: it said a change.
        catch (NeedsAnswerException need) when (need.Slot == SlotKind.Value && !need.DayNotSaid && need.Currency is null)
        {
            return null;
        }
    }

    /// <param name="earlier">What the message said before this clause, where "they want a tasting room POS" tells what the deal is for.</param>
    public static CreateDeal Create(Clause clause, References refs, TurnContext ctx, string earlier = "")
    {
        // A new deal's name sharing words with another customer's deal ("智能仓储项目") names no account for it.
        if (refs.AccountId is null || refs.AccountOnlyFromDeal)
            throw new NeedsAnswerException(SlotKind.Account, [], "no account was named") { Field = "account" };
        // "…, 14k, qualified, closing end of Jan": the amount, the stage and the date are not the name, nor the customer's
        // name said on its own ("帮我建个新商机 美家家居 门店巡检系统 八万"), which leaves the name with the amount after it.
        var parts = clause.Segments.Skip(1).Where(s => !OnlyTheCustomer(s, refs.AccountId, ctx)).ToList();
        var name = parts.FirstOrDefault(s => AmountOf(s) is null && FirstDate(s, ctx) is null && DealDescriptionAnswer.StageDescribed(s) is null)
            // "帮我建个新商机 美家家居会员系统续约 金额 四万五", dictated: the name runs into its amount and the amount's label.
            ?? (parts.Count < clause.Segments.Count - 1 || Index.NameText.HasCjk(clause.Text)
                ? parts.Select(s => TextParts.Tidy(AmountLabelAtEnd().Replace(WithoutAmounts(s), ""))).FirstOrDefault(s => s.Length > 0 && FirstDate(s, ctx) is null && DealDescriptionAnswer.StageDescribed(s) is null)
                : null)
            ?? NameLeftAfterCue(clause.Head, ctx);
        name = TextParts.Tidy(name);
        // "they want a tasting room POS. open a deal for 25k closing end of Q2": what they want is what the deal is for.
        if (name.Length == 0 && WhatTheyWant().Match(earlier) is { Success: true } wanted)
            name = TextParts.Tidy(wanted.Groups["thing"].Value);
        // "美家家居新建个商机 门店导购App 八万 明年一月底签": dictated Chinese, whose parts stand apart by spaces.
        if (name.Length == 0 && NameAfterCue().Match(clause.Text) is { Success: true } cue && Index.NameText.HasCjk(clause.Text))
            name = cue.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .FirstOrDefault(p => AmountOf(p) is null && FirstDate(p, ctx) is null && DealDescriptionAnswer.StageDescribed(p) is null) ?? "";
        if (name.Length == 0)
            throw new NeedsAnswerException(SlotKind.Value, [], "the new deal has no name") { Field = "name" };
        var close = FirstDate(clause.Text, ctx);
        // A part that only names a stage ("…, 14k, qualified") is where the new deal stands.
        var stage = StageOf(clause.Text) ?? clause.Segments.Skip(1).Select(s => DealDescriptionAnswer.StageDescribed(s)).FirstOrDefault(s => s is not null);
        AmountInAnotherCurrency.AskIfSaid(clause.Text, ctx.Index.Accounts.TryGetValue(refs.AccountId, out var account) ? account.Currency : null);
        return new CreateDeal(refs.AccountId, name, AmountOf(clause.Text), close, stage) { FromText = clause.Text };
    }

    /// <summary>
    /// The name said after "deal" in the request itself, up to its amount, date or closing words: "open a deal for 25k
    /// closing end of Q2" names nothing, "new deal for winery POS at 25k" names "winery POS".
    /// </summary>
    private static string NameLeftAfterCue(string head, TurnContext ctx)
    {
        var said = NameAfterCue().Match(head).Groups["name"].Value;
        var ends = AmountReader.DealAmounts(said).Select(a => a.Start)
            .Concat(DateReader.FindAll(said, ctx.Dates(DateDirection.Future)).Select(d => d.Start))
            .Append(ClosingSaid().Match(said) is { Success: true } closing ? closing.Index : said.Length);
        var name = TextParts.Tidy(Joints().Replace(said[..ends.Min()], ""));
        // "open a deal at Pinecrest for 25k": the customer alone is where the deal is, not what it is called
        // ("new deal Harbor fleet expansion" keeps the customer's name in the deal's).
        return AccountResolver.Resolve(ctx.Index, name) is { IsUnique: true, Text: { Length: > 0 } customer }
            && TextParts.Tidy(Joints().Replace(name.Replace(customer, " ", StringComparison.OrdinalIgnoreCase), "")).Length == 0 ? "" : name;
    }

    [GeneratedRegex(@"\b(?:clos(?:e|es|ed|ing)|sign(?:s|ed|ing)?|due|expected)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingSaid();

    // "for", "at", "worth": what joined the name to the customer, or to the amount or date cut off after it.
    [GeneratedRegex(@"^\s*(?:(?:for|at|with|from)\s+)+|(?<![\w-])(?:(?:for|at|of|worth|valued|value|amount|by|in|on|with|around|about|roughly|like|and)\b\s*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex Joints();

    // "they want a tasting room POS", "they're looking for a loyalty app", "interested in a warehouse pilot": what a new deal is for.
    [GeneratedRegex(@"\b(?:wants?|wanted|need|needs|needed|looking\s+for|interested\s+in|asked\s+(?:us\s+)?for|asking\s+(?:us\s+)?for)\s+(?:a|an|the|some|new|another)\s+(?<thing>[^,.;!?]{3,60}?)(?=\s*(?:[,.;!?]|$)|\s+(?:by|before|next|this|for|and|so)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WhatTheyWant();

    /// <summary>A part of the message that says nothing but the customer's name.</summary>
    private static bool OnlyTheCustomer(string part, string accountId, TurnContext ctx) =>
        AccountResolver.Resolve(ctx.Index, part) is { IsUnique: true, Text: { } said } named && named.Id == accountId
        && TextParts.Tidy(part.Replace(said, "", StringComparison.OrdinalIgnoreCase)).Length == 0;

    [GeneratedRegex(@"(?:的)?(?:金额|价格|总价|预算|报价)\s*(?:是|为|大概|约|大约)?\s*$")]
    private static partial Regex AmountLabelAtEnd();

    private static string WithoutAmounts(string part)
    {
        foreach (var amount in AmountReader.DealAmounts(part).OrderByDescending(a => a.Start))
            part = part.Remove(amount.Start, amount.Length);
        return TextParts.Tidy(part);
    }

    /// <summary>The stage after the deal's own, when the message moves it one on (an open deal only; the last step is won).</summary>
    private static DealStage? NextStageOf(string text, References refs, TurnContext ctx) =>
        IntentClassifier.AdvancesAStage(text) && refs.DealId is { } id && ctx.Index.Deals.TryGetValue(id, out var deal) && deal.IsOpen
            ? deal.Stage + 1
            : null;

    public static DealStage? StageOf(string text)
    {
        if (!IntentClassifier.HasStageChange(text))
            return null;
        var said = Vocabulary.DealStages(text).Where(m => !m.Negated).ToList();
        // "星河那个单子丢了，被一家报价更便宜的厂商抢走了": a deal lost is lost, whatever stage words describe the competitor.
        if (said.Any(m => m.Value == DealStage.Lost))
            return DealStage.Lost;
        return said.Count > 0 ? said[^1].Value : null;
    }

    /// <summary>"金额按八折改一下", "take 10% off the amount": the deal's amount less the discount, when the index knows it.</summary>
    private static decimal? Discounted(string text, References refs, TurnContext ctx) =>
        DiscountCue().IsMatch(text) && Discounts.Factor(text) is { } factor && refs.DealId is { } id
            && ctx.Index.Deals.TryGetValue(id, out var deal) && deal.Amount is { } current
            ? Math.Round(current * factor, 0, MidpointRounding.AwayFromZero)
            : null;

    /// <summary>"另一个也加两万", "bump it by 20k": the deal's amount with the difference said, when the index knows it.</summary>
    private static decimal? Changed(decimal difference, References refs, TurnContext ctx) =>
        refs.DealId is { } id && ctx.Index.Deals.TryGetValue(id, out var deal) && deal.Amount is { } current && current + difference >= 0
            ? current + difference
            : null;

    public static decimal? AmountOf(string text)
    {
        var amounts = AmountReader.DealAmounts(text).ToList();
        return amounts.Count > 0 ? amounts[^1].Value : null;
    }

    private static DateOnly? FirstDate(string text, TurnContext ctx)
    {
        var dates = DateReader.FindAll(text, ctx.Dates(DateDirection.Future)).Where(d => d.Kind != DateKind.Period).ToList();
        return dates.Count > 0 ? dates[0].Date : null;
    }

    /// <summary>
    /// The date a move lands on ("月底签不了，顺延到下个月15号", "pushed from the 5th to the 12th"), else the first date said (or a day
    /// inside it, when it is a part of a month).
    /// </summary>
    private static DateMention? CloseDateOf(string text, TurnContext ctx)
    {
        var dates = DateReader.FindAll(text, ctx.Dates(DateDirection.Future)).Where(d => d.Kind != DateKind.Period).ToList();
        foreach (var date in dates)
        {
            var lead = Math.Max(0, date.Start - 10);
            if (MovedTo().IsMatch(text.AsSpan(lead, date.Start - lead)))
                return date;
        }
        if (dates.Count == 0)
            return null;
        // "预计十二月初能签" answered "12月5号", "下个月下旬" answered "26号": a day inside the month or week said first is the day meant.
        var first = dates[0];
        var (from, to) = first.End is { } end ? (first.Date, end) : (first.Date.AddDays(1 - first.Date.Day), Calendar.EndOfMonth(first.Date.Year, first.Date.Month));
        return first.Vague && dates.Skip(1).FirstOrDefault(d => !d.Vague && d.Date >= from && d.Date <= to) is { Length: > 0 } inside
            ? inside
            : first;
    }

    /// <summary>"push it out two weeks", "关单日期往后推一个月": the deal's close date moved by the span, when it has one.</summary>
    private static DateOnly? ShiftedCloseDate(string text, References refs, TurnContext ctx) =>
        DateShifts.Read(text) is { } span && refs.DealId is { } id && ctx.Index.Deals.TryGetValue(id, out var deal) && deal.CloseDate is { } current
            ? span.From(current)
            : null;

    private static string? LostReason(Clause clause)
    {
        // "lost X, they went with an in-house team, pls mark it": the reason ends with the part that gives it.
        var because = clause.Segments.Select(s => Because().Match(s)).FirstOrDefault(m => m.Success) ?? Because().Match(clause.Text);
        var reason = because.Success ? because.Groups["why"].Value : clause.Details;
        reason = TextParts.Tidy(reason);
        return reason.Length > 0 ? reason : null;
    }

    /// <summary>"金额改一下", "update the amount": the amount is what is to change, whether or not its value is said.</summary>
    public static bool AsksForAmount(string text) => AmountWord().IsMatch(text);

    private static string FieldAsked(string text) =>
        AmountWord().IsMatch(text) ? "amount" : CloseCue().IsMatch(text) ? "closeDate" : "stage";

    private static bool StepSaidBefore(string before, string step) =>
        TextParts.Tidy(step) is { Length: >= 2 } words && before.Contains(words, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"[\s,;，；-]*(?:(?:pls|please|ok|and|so)[\s,]+)*(?:make|set|put)\s+(?:that|it|this)(?:\s+down)?\s+(?:as\s+)?(?:the|our|their)\s+next\s+step[.!]?$|[\s,，]*(?:把)?(?:这个|这|那个)(?:设成|设为|作为|当成|定为)下一步$", RegexOptions.IgnoreCase)]
    private static partial Regex ThatAsNextStep();

    // "next step on the WWI one is a site walk tuesday", "next step on the globex deal: exec sponsor call tuesday" (the colon
    // arrives as a comma): the words that point at the deal are not the step.
    [GeneratedRegex(@"(?:\bnext step\b(?:\s+(?:on|for|with)\s+(?<which>[^,;:.!?]{1,40}?)(?=\s+(?:is|will be|should be)\b|\s*[,:]))?|下一步)\s*(?:也|都)?\s*(?:is|will be|should be|:|是|为|就是|改成|改为|换成|定为|定成|设成|设为|就写成|就写|写成|写上|写|记成|记为)?[\s,，:：]*(?<step>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex NextStep();

    [GeneratedRegex(@"^\s*(?:(?:要|该|得|还)?(?:做|干|是)?(?:什么|啥)(?:来着)?|怎么(?:办|走|做|推进)|what(?:'s| is)?(?: next| to do| again)?)[\s?？。.!！]*$", RegexOptions.IgnoreCase)]
    private static partial Regex StepAsked();

    [GeneratedRegex(@"\bclos(?:e|es|ed|ing)\b|\bclose date\b|\bslipp?(?:ed|s)?\b|\bpush(?:ed)?\b|\bmoves? to\b|\bsign(?:ing|ature)?\b|关单|成交|签约日期|签单|(?<!已经?)签(?:约|单|合同)?(?=\s*(?:[,，。；;]|$))|预计|推到|推迟|改到|延到", RegexOptions.IgnoreCase)]
    private static partial Regex CloseCue();

    [GeneratedRegex(@"(?:(?:推|延|改|挪|移|调)(?:到|至)|改成|改为|\b(?:to|until|till|out to)|->|→)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MovedTo();

    [GeneratedRegex(@"\bamount\b|\bvalue\b|\bprice\b|金额|价格", RegexOptions.IgnoreCase)]
    private static partial Regex AmountWord();

    // "标成丢单 客户选了竞争对手", "丢了 他们选了本地的一家厂商 价格便宜一半": who the customer went with instead is why, in the user's words.
    [GeneratedRegex(@"\b(?:because|due to|went with|chose|lost to|lost it to)\b\s*(?<why>.+)$|(?:因为|原因是|客户说)(?<why>.+)$|(?<=丢单|输单|丢了|黄了)[\s,，]*(?<why>(?:客户|他们|对方)?(?:最后|最终)?(?:选了|选择了|选用了|用了|签了|转投了?|跟)[^，,。；;]{1,20}(?:竞争对手|竞品|对手|友商|别家|别的|其他家|另一家|一家|厂商|厂家|供应商)[^，,。；;]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Because();

    /// <summary>A discount said as a change of the amount, not in passing ("they asked for 10% off").</summary>
    [GeneratedRegex(@"(?:金额|价格|报价|总价).{0,6}折|折.{0,6}(?:改|算|走)|\b(?:take|knock|give)\s+\d{1,2}(?:\.\d+)?\s?%\s*off\s+(?:the\s+)?(?:amount|price|deal|total)\b|\b(?:amount|price|deal|total)\b.{0,20}\d{1,2}(?:\.\d+)?\s?%\s*(?:off|discount)", RegexOptions.IgnoreCase)]
    private static partial Regex DiscountCue();

    [GeneratedRegex(@"(?:deal|opportunity|商机|单子)\s*(?:for|called|named|:|，|,)?\s*(?<name>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex NameAfterCue();
}
