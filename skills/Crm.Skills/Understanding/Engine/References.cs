using Crm.Skills.Understanding.Reading;
using Crm.Skills.Understanding.Resolution;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// The records in context while a message is read clause by clause: an account named in the first
/// clause applies to later ones, "him"/"她" is the contact already named, and a deal stays in
/// context once named. Ambiguity raises <see cref="NeedsAnswerException"/> unless an earlier answer settles it.
/// </summary>
public sealed class References(TurnContext ctx)
{
    public string? AccountId { get; private set; }
    public string? ContactId { get; private set; }
    public string? DealId { get; private set; }
    /// <summary>Set when the clause itself named a deal (not carried over, not "only open deal").</summary>
    public bool DealNamed { get; private set; }
    /// <summary>The account is only the one of a deal some words seemed to name ("the mobile app crashes"): a guess.</summary>
    public bool AccountOnlyFromDeal { get; private set; }

    /// <summary>
    /// The account of the one ticket the whole message names: "bill just told me on the phone the password reset emails work
    /// again, mark T-509 resolved" told the call before naming the ticket, at the ticket's customer.
    /// </summary>
    public string? AccountOfTicketNamed { get; init; }

    private string? accountSaid;

    /// <summary>The account of the one ticket <paramref name="text"/> names by id, or null.</summary>
    public static string? AccountOfOneTicket(string text, TurnContext ctx) =>
        IntentClassifier.TicketIds(text).Select(id => ctx.Index.Tickets.GetValueOrDefault(id)?.AccountId).Distinct().ToList() is [{ } ofTicket] ? ofTicket : null;

    public void Read(Clause clause, bool needsDeal)
    {
        var text = UserResolver.WithoutAssignee(ctx.Index, clause.Text);
        ReadAccount(text);
        // "add a note to T-501: Jane says new hires start on the 30th": who the note speaks of is no contact to look for.
        ReadContact(clause.Intent == Intent.UpdateTicket && TicketMentions.NoteAsked(text) is { Success: true } note ? note.Groups["request"].Value : text, clause.Intent);
        ReadDeal(text, needsDeal);
    }

    private void ReadAccount(string text)
    {
        var account = AccountResolver.Resolve(ctx.Index, text);
        ctx.Explain.Reference("account", account);
        // "log a meeting with Contoso Logistics": a company that is no customer, though "Contoso" starts another's name.
        if (AccountId is null && ctx.Bindings.AccountId is null && (account.IsNone || account.IsUnique && account.Score < UnknownCompany.WholeName)
            && UnknownCompany.Named(ctx.Index, text) is { } other)
            throw new NeedsAnswerException(SlotKind.Account, account.IsUnique ? [account.Id!] : UnknownCompany.OneCharacterOff(ctx.Index, other),
                $"'{other}' is not a customer here") { Field = "account" };
        if (account.IsUnique || account.IsAmbiguous)
            AccountOnlyFromDeal = false;
        accountSaid = account.IsUnique ? account.Text : null;
        if (account.IsUnique)
            AccountId = account.Id;
        else if (account.IsAmbiguous)
        {
            if (ctx.Bindings.AccountId is { } bound && account.Candidates.Contains(bound))
                AccountId = bound;
            else
                throw new NeedsAnswerException(SlotKind.Account, account.Candidates, account.How);
        }
        else if (AccountId is null && ctx.Bindings.AccountId is { } bound)
            AccountId = bound;
        // "set T-501 to urgent, Jane's new hires start in 2 weeks": the ticket's account is the one in context.
        else if (AccountId is null && (AccountOfOneTicket(text, ctx) ?? AccountOfTicketNamed) is { } ofTicket)
            AccountId = ofTicket;
    }

    private void ReadContact(string text, Intent intent)
    {
        var contact = ContactResolver.Resolve(ctx.Index, text, AccountId);
        // "Carlos from Acme": Acme Corporation has no Carlos and Acme Robotics has; the person settles which Acme was meant.
        if (contact.IsNone && accountSaid is { Length: > 0 } said && ContactResolver.Resolve(ctx.Index, text, null) is { IsUnique: true } elsewhere
            && ctx.Index.Contacts[elsewhere.Id!].AccountId is var other && other != AccountId
            && ctx.Index.Accounts.TryGetValue(other, out var sibling) && sibling.Name.Contains(said, StringComparison.OrdinalIgnoreCase))
        {
            AccountId = other;
            contact = elsewhere;
        }
        if (contact.IsNone && accountSaid is { Length: > 0 } && intent is Intent.LogActivity or Intent.CreateTask && PersonAtAnotherCustomer(text) is { } away)
            contact = away;
        if (contact.IsAmbiguous && ctx.Bindings.ContactId is { } bound && contact.Candidates.Contains(bound))
            contact = Resolved.One(bound, "chosen by the user", 1, contact.Text);
        // "Which account?" answered "Globex, it was Hank": the person the answer named, at that account.
        if (contact.IsNone && ctx.Bindings.ContactId is { } named && ctx.Index.Contacts.TryGetValue(named, out var person) && person.AccountId == AccountId)
            contact = Resolved.One(named, "named in the answer", 1, null);
        if (contact.IsAmbiguous && ctx.Bindings.AccountId is { } boundAccount)
        {
            var atAccount = contact.Candidates.Where(c => ctx.Index.Contacts[c].AccountId == boundAccount).ToList();
            if (atAccount.Count == 1)
                contact = Resolved.One(atAccount[0], "the only one at the chosen account", 1, contact.Text);
        }
        ctx.Explain.Reference("contact", contact);
        if (contact.IsAmbiguous)
            throw new NeedsAnswerException(SlotKind.Contact, contact.Candidates, contact.How);
        if (contact.IsUnique)
        {
            ContactId = contact.Id;
            AccountId ??= ctx.Index.Contacts[contact.Id!].AccountId;
        }
        else if (!ContactResolver.HasPronoun(text) && ContactId is not null && AccountId is not null
            && ctx.Index.Contacts[ContactId].AccountId != AccountId)
            ContactId = null;
    }

    /// <summary>
    /// "log a call with nancy at acme" when the one Nancy is at another customer: the person is not dropped silently. Which
    /// customer was meant is asked, offering both; answered with the person's customer, the person and that customer are
    /// taken, and answered with the one named, the person is left out knowingly. An address ("owen.blake@…") names no one here.
    /// </summary>
    private Resolved PersonAtAnotherCustomer(string text)
    {
        text = ContactBuilder.WithoutAddresses(text);
        if (ContactResolver.Resolve(ctx.Index, text, null) is not { IsUnique: true } elsewhere || !ContactResolver.NamedAsAPerson(text, elsewhere)
            || ctx.Index.Contacts[elsewhere.Id!].AccountId is var theirs && (theirs == AccountId || ctx.Bindings.AccountId == AccountId))
            return Resolved.None;
        if (ctx.Bindings.AccountId == theirs)
        {
            AccountId = theirs;
            return elsewhere;
        }
        throw new NeedsAnswerException(SlotKind.Account, [AccountId!, theirs], $"'{elsewhere.Text}' is not at the customer named") { PersonElsewhere = elsewhere.Id };
    }

    private void ReadDeal(string text, bool needsDeal)
    {
        DealNamed = false;
        var owner = UserResolver.Possessive(ctx.Index, text);
        var ownerId = owner.IsUnique ? owner.Id : null;
        var deal = DealResolver.Resolve(ctx.Index, text, AccountId, ownerId, needsDeal && DealId is null);
        if (!deal.IsUnique && ctx.Bindings.DealId is { } bound && (deal.IsNone || deal.Candidates.Contains(bound)))
            deal = Resolved.One(bound, "chosen by the user", 1, null);
        ctx.Explain.Reference("deal", deal);
        if (deal.IsUnique)
        {
            // The deal the conversation is about ("anything new on the Acme ERP deal?" → "remind me to ask Alex about it") counts as named.
            DealNamed = deal.How.StartsWith("deal name", StringComparison.Ordinal) || deal.How == "chosen by the user" || deal.Id == ctx.Bindings.DealId;
            if (DealNamed || DealId is null || ctx.Index.Deals[DealId].AccountId != AccountId)
                DealId = deal.Id;
            AccountOnlyFromDeal = AccountId is null;
            AccountId ??= ctx.Index.Deals[DealId!].AccountId;
            return;
        }
        if (DealId is not null && AccountId is not null && ctx.Index.Deals[DealId].AccountId != AccountId)
            DealId = null;
        if (needsDeal && DealId is null && deal.IsNone && AccountId is null)
            deal = Resolved.Many([.. ctx.Index.OpenDealsOwnedBy(ctx.User.Id).Select(d => d.Id).Take(DealResolver.MaxChoices)], "the user's open deals", null);
        if (needsDeal && DealId is null)
            throw new NeedsAnswerException(SlotKind.Deal, deal.Candidates, deal.IsAmbiguous ? deal.How : "no deal was named");
    }
}
