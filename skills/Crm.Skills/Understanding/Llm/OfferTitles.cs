using System.Text.Json;
using Crm.Skills.Understanding.Index;
using Crm.Skills.Understanding.Plan;

namespace Crm.Skills.Understanding.Llm;

/// <summary>A short button title for an offered write: what it does, on which record, with which values.</summary>
public static class OfferTitles
{
    private const int MaxLength = 90;

    private static readonly Dictionary<string, (string English, string Chinese)> Labels = new(StringComparer.Ordinal)
    {
        ["log_activity"] = ("Log activity", "记录活动"), ["update_activity"] = ("Change activity", "修改活动"),
        ["create_deal"] = ("New deal", "新建商机"), ["update_deal"] = ("Update deal", "更新商机"),
        ["create_task"] = ("Task", "待办"), ["complete_task"] = ("Complete task", "完成待办"), ["update_task"] = ("Update task", "更新待办"),
        ["open_ticket"] = ("Open ticket", "建工单"), ["update_ticket"] = ("Update ticket", "更新工单"), ["add_comment"] = ("Comment on ticket", "工单备注"),
        ["add_contact"] = ("New contact", "新建联系人"), ["update_contact"] = ("Update contact", "更新联系人"),
    };

    public static string Of(SkillCall call, StoreIndex index, bool chinese = false)
    {
        var args = call.ArgumentMap();
        var what = Labels.TryGetValue(call.Function, out var label) ? (chinese ? label.Chinese : label.English) : call.Function;
        var on = Record(args, index);
        var values = args.Where(a => !a.Key.EndsWith("Id", StringComparison.Ordinal) && a.Key != "source" && a.Value is JsonElement { ValueKind: not JsonValueKind.Null })
            .Select(a => $"{a.Key}: {Text((JsonElement)a.Value!)}");
        var title = $"{what}{(on is null ? "" : $" ({on})")} — {string.Join(", ", values)}".TrimEnd(' ', '—');
        return title.Length > MaxLength ? title[..(MaxLength - 1)] + "…" : title;
    }

    private static string? Record(IDictionary<string, object?> args, StoreIndex index)
    {
        string? Id(string key) => args.TryGetValue(key, out var v) && v is JsonElement { ValueKind: JsonValueKind.String } e ? e.GetString() : null;
        if (Id("dealId") is { } deal)
            return index.Deals.TryGetValue(deal, out var d) ? d.Name : deal;
        if (Id("contactId") is { } contact)
            return index.Contacts.TryGetValue(contact, out var c) ? c.Name : contact;
        if (Id("accountId") is { } account)
            return index.Accounts.TryGetValue(account, out var a) ? a.Name : account;
        return Id("ticketId") ?? Id("taskId");
    }

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
