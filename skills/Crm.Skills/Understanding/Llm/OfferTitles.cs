using System.Text.Json;
using Crm.Skills.Understanding.Index;
using Crm.Skills.Understanding.Plan;

namespace Crm.Skills.Understanding.Llm;

/// <summary>A short button title for an offered write: what it does, on which record, with which values.</summary>
public static class OfferTitles
{
    private const int MaxLength = 90;

    public static string Of(SkillCall call, StoreIndex index)
    {
        var args = call.ArgumentMap();
        var what = call.Function.Replace('_', ' ');
        var on = Record(args, index);
        var values = args.Where(a => !a.Key.EndsWith("Id", StringComparison.Ordinal) && a.Key != "source" && a.Value is JsonElement { ValueKind: not JsonValueKind.Null })
            .Select(a => $"{a.Key}: {Text((JsonElement)a.Value!)}");
        var title = $"{char.ToUpperInvariant(what[0])}{what[1..]}{(on is null ? "" : $" ({on})")} — {string.Join(", ", values)}".TrimEnd(' ', '—');
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
