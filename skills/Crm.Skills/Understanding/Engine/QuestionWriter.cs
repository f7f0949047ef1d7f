using Crm.Skills.Results;
using Crm.Skills.Understanding.Index;

namespace Crm.Skills.Understanding.Engine;

/// <summary>Words one short question for an open slot, in the message's language, with the candidates as choices.</summary>
public static class QuestionWriter
{
    public static ClarificationResult Write(NeedsAnswerException need, StoreIndex index, bool chinese)
    {
        var choices = need.CandidateIds.Take(8)
            .Select(id => need.Titles.TryGetValue(id, out var title) ? new Choice(title, id) : Choice(id, need.Slot, index, chinese)).ToList();
        return new ClarificationResult(WhyAsked(need, index, chinese) + Text(need, chinese, choices.Count > 0), choices);
    }

    /// <summary>"Nancy Davolio is at Northwind Traders, not Acme Corporation. ": what made the question necessary, when it is not plain.</summary>
    private static string WhyAsked(NeedsAnswerException need, StoreIndex index, bool chinese)
    {
        if (need.PersonElsewhere is not { } id || !index.Contacts.TryGetValue(id, out var person) || need.CandidateIds is not [var named, ..]
            || !index.Accounts.TryGetValue(person.AccountId, out var theirs) || !index.Accounts.TryGetValue(named, out var said))
            return "";
        return chinese ? $"{person.Name}是{theirs.Name}的联系人，不在{said.Name}。" : $"{person.Name} is at {theirs.Name}, not {said.Name}. ";
    }

    private static string Text(NeedsAnswerException need, bool chinese, bool hasChoices) => need.Slot switch
    {
        SlotKind.Account => hasChoices ? (chinese ? "您指的是哪个客户？" : "Which account do you mean?")
                                       : (chinese ? "这是哪个客户的？" : "Which account is this for?"),
        SlotKind.Contact => hasChoices ? (chinese ? "您说的是哪一位联系人？" : "Which contact do you mean?")
                                       : (chinese ? "是哪位联系人？" : "Which contact should I update?"),
        SlotKind.Ticket => hasChoices ? (chinese ? "是哪个工单？" : "Which ticket do you mean?")
                                      : (chinese ? "没有找到符合描述的工单。是哪个工单？（可以告诉我编号，比如 T-123）" : "I couldn't find a ticket like that. Which ticket do you mean (its id, e.g. T-123)?"),
        SlotKind.Deal => hasChoices ? (chinese ? "是哪个商机？" : "Which deal do you mean?")
                                    : (chinese ? "要更新哪个商机？" : "Which deal should I update?"),
        SlotKind.Task => hasChoices ? (chinese ? "您完成的是哪一个任务？" : "Which task did you finish?")
                                    : (chinese ? "是哪个任务？" : "Which task do you mean?"),
        _ => need.Field switch
        {
            "amount" when need.Currency is { } currency => chinese ? $"这个商机以{CurrencyZh(currency)}计价，换算成{CurrencyZh(currency)}金额是多少？" : $"This deal is in {currency}. What's the amount in {currency}?",
            "amount" => chinese ? "金额改成多少？" : "What should the amount be?",
            "date" or "closeDate" when need.NoSuchDate is { } none => chinese ? $"没有{none.Chinese}这一天，是哪一天？" : $"There is no {none.English}. Which day do you mean?",
            "closeDate" => chinese ? "预计成交日期改到哪天？" : "What's the new close date?",
            "title" => chinese ? "要提醒/记录的内容是什么？" : "What should it say?",
            "name" => chinese ? "名称是什么？" : "What should it be called?",
            "ticket" => chinese ? "这个工单要怎么改？" : "What should change on the ticket?",
            "comment" => chinese ? "备注要写什么？" : "What should the note say?",
            "contact" => chinese ? "要改联系人的哪一项？" : "What should change for this contact?",
            "phone" => chinese ? "新的号码是多少？" : "What's the new number?",
            "email" => chinese ? "新的邮箱地址是什么？" : "What's the new e-mail address?",
            _ => chinese ? "要改成什么？" : "What should it change to?",
        },
    };

    private static string CurrencyZh(string currency) => currency switch
    {
        "CNY" => "人民币",
        "USD" => "美元",
        "EUR" => "欧元",
        _ => currency,
    };

    private static Choice Choice(string id, SlotKind slot, StoreIndex index, bool chinese)
    {
        switch (slot)
        {
            case SlotKind.Deal when index.Deals.TryGetValue(id, out var deal):
                var account = index.Accounts.TryGetValue(deal.AccountId, out var a) ? a.Name : deal.AccountId;
                return new Choice($"{deal.Name} ({account})", deal.Name);
            case SlotKind.Contact when index.Contacts.TryGetValue(id, out var contact):
                var at = index.Accounts.TryGetValue(contact.AccountId, out var ca) ? ca.Name : contact.AccountId;
                return new Choice(chinese ? $"{contact.Name}（{at}）" : $"{contact.Name} ({at})", $"{contact.Name}, {at}");
            case SlotKind.Ticket when index.Tickets.TryGetValue(id, out var ticket):
                var of = index.Accounts.TryGetValue(ticket.AccountId, out var ta) ? ta.Name : ticket.AccountId;
                return new Choice(chinese ? $"{ticket.Id} {ticket.Title}（{of}）" : $"{ticket.Id} {ticket.Title} ({of})", ticket.Id);
            case SlotKind.Account when index.Accounts.TryGetValue(id, out var acc):
                return new Choice(acc.Name, acc.Name);
            default:
                return new Choice(id, id);
        }
    }
}
