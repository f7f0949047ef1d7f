using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Plan;
using Crm.Skills.Understanding.Resolution;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// Lands what a correction says on each action of the previous message: only fields the correction
/// speaks of and that action can carry change; an action it does not touch is returned as it was
/// (the same instance, so the caller can tell).
/// </summary>
public static class Amendments
{
    public static PlannedAction Apply(PlannedAction action, CorrectionValues said, TurnContext ctx) => action switch
    {
        LogActivity a => Activity(a, said, ctx),
        // "no, I meant the analytics add-on": the same change, on the deal meant; the deal changed by mistake goes back.
        // "说错了，是天府的": another customer named is a move on its own, to that customer's deal.
        UpdateDeal d when (said.AnotherRecordMeant || Moves(said, ctx.Index.Deals[d.DealId].AccountId)) && OtherDeal(said, d.DealId, ctx) is { } meant => d with
        {
            DealId = meant,
            Amount = said.Amount ?? d.Amount,
            Stage = said.Stage ?? d.Stage,
        },
        UpdateDeal d when said.Amount is not null || said.Stage is not null || said.NextStep is not null || said.CloseDate is not null
            || (said.Future is not null && (d.CloseDate is not null || d.NextStepDue is not null)) || (said.UserId is not null && d.OwnerId is not null) => d with
        {
            Amount = said.Amount ?? d.Amount,
            Stage = said.Stage ?? d.Stage,
            // A date said with the next step is the step's due date, not the close date; a date alone moves whichever
            // date the change set, the close date first.
            CloseDate = said.CloseDate ?? (said.NextStep is null && said.Future is not null && d.CloseDate is not null ? said.Future : d.CloseDate),
            NextStep = said.NextStep ?? d.NextStep,
            NextStepDue = said.NextStep is not null || d.CloseDate is null && d.NextStepDue is not null ? said.Future ?? d.NextStepDue : d.NextStepDue,
            OwnerId = d.OwnerId is not null ? said.UserId ?? d.OwnerId : null,
        },
        CreateDeal d when said.Amount is not null || said.Future is not null || said.CloseDate is not null || said.Stage is not null => d with
        {
            Amount = said.Amount ?? d.Amount,
            CloseDate = said.CloseDate ?? said.Future ?? d.CloseDate,
            Stage = said.Stage ?? d.Stage,
        },
        CreateTask t when said.Future is not null || said.TaskTitle is not null || Moves(said, t.AccountId) => t with
        {
            DueAt = said.Future ?? t.DueAt,
            Title = said.TaskTitle ?? t.Title,
            AccountId = Moves(said, t.AccountId) ? said.AccountId : t.AccountId,
            DealId = Moves(said, t.AccountId) ? OnlyOpenDeal(said.AccountId!, ctx) : t.DealId,
            ContactId = Moves(said, t.AccountId) ? null : t.ContactId,
        },
        // "actually it's for Mike, not Laura", "不是黄总，是吴经理": another person at the same customer.
        CreateTask t when t.AccountId is not null && OtherContact(said, t.AccountId, t.ContactId, ctx) is { } other => t with
        {
            ContactId = other.Id,
            Title = t.ContactId is { } was ? RenamedIn(t.Title, ctx.Index.Contacts[was].Name, ctx.Index.Contacts[other.Id].Name, other.Said) : t.Title,
        },
        CreateTicket t => Ticket(t, said, ctx),
        // "T-604 关掉吧" then "弄错了 是T-602": the same change, on the ticket meant; the one changed by mistake goes back.
        UpdateTicket t when said.TicketId is { } meant && meant != t.TicketId => t with
        {
            TicketId = meant,
            Status = said.TicketStatus ?? t.Status,
            Priority = said.TicketPriority ?? t.Priority,
        },
        UpdateTicket t when said.TicketStatus is not null || said.TicketPriority is not null || (said.UserId is not null && t.AssigneeId is not null) => t with
        {
            Status = said.TicketStatus ?? t.Status,
            Priority = said.TicketPriority ?? t.Priority,
            AssigneeId = t.AssigneeId is not null ? said.UserId ?? t.AssigneeId : null,
            // The note was added already; correcting the status must not add it twice.
            Comment = null,
        },
        // "职位说错了，是运维经理": the title of the contact just added or changed.
        CreateContact c when said.JobTitle is { } title && title != c.Title => c with { Title = title },
        UpdateContact c when said.JobTitle is { } title && c.Title is not null && title != c.Title => c with { Title = title },
        // "sorry, typo - it's t.wright@…": the address or number just saved, corrected.
        UpdateContact c when (said.Email is not null && c.Email is not null) || (said.Phone is not null && c.Phone is not null) => c with
        {
            Email = c.Email is not null ? said.Email ?? c.Email : null,
            Phone = c.Phone is not null ? said.Phone ?? c.Phone : null,
        },
        // "手机号说错了 最后一位是2": the number just saved, its last digits said again.
        UpdateContact c when WithEnding(c.Phone, said) is { } corrected => c with { Phone = corrected },
        CreateContact c when WithEnding(c.Phone, said) is { } corrected => c with { Phone = corrected },
        // "oh it's Lena Ortega, not Ortiz": the name of the contact just added, spelled right.
        CreateContact c when said.Email is not null || said.Phone is not null || (said.PersonName is { } spelled && spelled != c.Name && SameFirstName(spelled, c.Name)) => c with
        {
            Email = said.Email ?? c.Email,
            Phone = said.Phone ?? c.Phone,
            Name = said.PersonName is { } name && SameFirstName(name, c.Name) ? name : c.Name,
        },
        _ => action,
    };

    private static (string Id, string Said)? OtherContact(CorrectionValues said, string accountId, string? current, TurnContext ctx) =>
        ContactResolver.Resolve(ctx.Index, said.Body, accountId) is { IsUnique: true } named && named.Id != current
            ? (named.Id!, named.Text ?? ctx.Index.Contacts[named.Id!].Name)
            : null;

    /// <summary>"Send Laura the pricing breakdown" for Mike is "Send Mike the pricing breakdown"; "给华盛黄总寄发票" for 吴经理, "给华盛吴经理寄发票".</summary>
    private static string RenamedIn(string title, string wasName, string nowName, string nowSaid)
    {
        if (Index.NameText.HasCjk(wasName))
            return Regex.Replace(title, Regex.Escape(wasName) + "|" + Regex.Escape(wasName[..1]) + "(?:总监|总|经理|工|老师|主任|院长|校长|店长)", nowSaid);
        var renamed = title.Replace(wasName, nowName, StringComparison.OrdinalIgnoreCase);
        return Regex.Replace(renamed, @"\b" + Regex.Escape(wasName.Split(' ')[0]) + @"\b", nowName.Split(' ')[0], RegexOptions.IgnoreCase);
    }

    /// <summary>
    /// "优先级改成高", "不对 是云帆物流 孙总报的", "actually it was Dev who reported it": the new ticket's priority, customer or
    /// reporter; a reporter named with the customer is looked for at that customer.
    /// </summary>
    private static PlannedAction Ticket(CreateTicket t, CorrectionValues said, TurnContext ctx)
    {
        var moved = Moves(said, t.AccountId);
        var accountId = moved ? said.AccountId! : t.AccountId;
        var contact = ContactResolver.Resolve(ctx.Index, said.Body, accountId);
        var newContact = contact.IsUnique && contact.Id != t.ContactId ? contact.Id : null;
        if (said.TicketPriority is null && !moved && newContact is null)
            return t;
        return t with
        {
            Priority = said.TicketPriority ?? t.Priority,
            AccountId = accountId,
            ContactId = newContact ?? (moved ? null : t.ContactId),
        };
    }

    private static PlannedAction Activity(LogActivity a, CorrectionValues said, TurnContext ctx)
    {
        var moved = Moves(said, a.AccountId);
        var accountId = moved ? said.AccountId! : a.AccountId;
        var contact = ContactResolver.Resolve(ctx.Index, said.Body, accountId);
        var newContact = contact.IsUnique && contact.Id != a.ContactId ? contact.Id : null;
        if (said.Type is null && said.Past is null && said.DurationMinutes is null && !moved && newContact is null)
            return a;
        return a with
        {
            Type = said.Type ?? a.Type,
            OccurredAtUtc = said.Past is { } day ? ctx.InstantFor(day, null) : a.OccurredAtUtc,
            DurationMinutes = said.DurationMinutes ?? a.DurationMinutes,
            AccountId = accountId,
            ContactId = newContact ?? (moved ? null : a.ContactId),
            DealId = moved ? OnlyOpenDeal(accountId, ctx) : a.DealId,
        };
    }

    /// <summary>
    /// A deal named by its words, of the customer named or else of the deal's own customer, other than that deal; or the
    /// only open deal of another customer named ("我说的是智远的单子").
    /// </summary>
    private static string? OtherDeal(CorrectionValues said, string dealId, TurnContext ctx)
    {
        // "no sorry, the other one" right after a deal was changed: the customer's one other open deal was meant.
        if (said.AnotherRecordMeant && PreviousTopic.SaysTheOtherOne(said.Body))
            return PreviousTopic.CustomersOtherOpenDeal(dealId, ctx);
        var anotherCustomer = Moves(said, ctx.Index.Deals[dealId].AccountId);
        var named = DealResolver.Resolve(ctx.Index, said.Body, said.AccountId ?? ctx.Index.Deals[dealId].AccountId, null, needed: false);
        return named is { IsUnique: true } && (named.Text is not null || anotherCustomer) && named.Id != dealId ? named.Id : null;
    }

    private static string? WithEnding(string? phone, CorrectionValues said) =>
        phone is not null && said.Phone is null && said.PhoneEnding is { } ending ? Language.PhoneEndings.Replace(phone, ending) : null;

    private static bool SameFirstName(string a, string b) =>
        string.Equals(a.Split(' ')[0], b.Split(' ')[0], StringComparison.OrdinalIgnoreCase);

    private static bool Moves(CorrectionValues said, string? accountId) => said.AccountId is not null && said.AccountId != accountId;

    private static string? OnlyOpenDeal(string accountId, TurnContext ctx)
    {
        var open = ctx.Index.OpenDealsOf(accountId).Take(2).ToList();
        return open.Count == 1 ? open[0].Id : null;
    }
}
