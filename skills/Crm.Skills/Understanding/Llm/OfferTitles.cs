using System.Text.Json;
using Crm.Data.Audit;
using Crm.Skills.Results;
using Crm.Skills.Understanding.Index;
using Crm.Skills.Understanding.Plan;

namespace Crm.Skills.Understanding.Llm;

/// <summary>
/// A proposed write as data the host words like a change card (<see cref="Change"/>): which record,
/// created or changed, and the values it would set, with records by name and money with its
/// currency. <see cref="Plain"/> is the invariant fallback title for a host that does not word it.
/// </summary>
public static class OfferTitles
{
    private const int MaxLength = 90;

    /// <summary>Per tool: the collection it writes, whether it creates, and the argument naming the record it changes.</summary>
    private static readonly Dictionary<string, (string Entity, ChangeKind Kind, string? Target)> Tools = new(StringComparer.Ordinal)
    {
        ["log_activity"] = ("activities", ChangeKind.Created, null), ["update_activity"] = ("activities", ChangeKind.Updated, "activityId"),
        ["create_deal"] = ("deals", ChangeKind.Created, null), ["update_deal"] = ("deals", ChangeKind.Updated, "dealId"),
        ["create_task"] = ("tasks", ChangeKind.Created, null), ["complete_task"] = ("tasks", ChangeKind.Updated, "taskId"), ["update_task"] = ("tasks", ChangeKind.Updated, "taskId"),
        ["open_ticket"] = ("tickets", ChangeKind.Created, null), ["update_ticket"] = ("tickets", ChangeKind.Updated, "ticketId"),
        ["add_comment"] = ("ticket_comments", ChangeKind.Created, "ticketId"),
        ["add_contact"] = ("contacts", ChangeKind.Created, null), ["update_contact"] = ("contacts", ChangeKind.Updated, "contactId"),
    };

    public static RecordChange Change(SkillCall call, StoreIndex index)
    {
        var args = call.ArgumentMap().Where(a => a.Key != "source" && a.Value is JsonElement { ValueKind: not JsonValueKind.Null })
            .ToDictionary(a => a.Key, a => (JsonElement)a.Value!, StringComparer.Ordinal);
        var (entity, kind, target) = Tools.TryGetValue(call.Function, out var tool) ? tool : (call.Function, ChangeKind.Updated, null);
        var id = target is not null && args.TryGetValue(target, out var t) ? Text(t) : "";
        // A new record is known by what it will be called; an activity by its kind, as on the change card.
        var named = target is not null ? target : entity == "activities" ? "type" : entity is "tasks" or "tickets" ? "title" : "name";
        var label = target is not null ? Name(target, id, index) ?? id : Text(args.GetValueOrDefault(named));
        var fields = args.Where(a => a.Key != named)
            .Select(a => Field(a.Key, a.Value, call, args, index)).ToList();
        if (call.Function == "complete_task")
            fields.Add(new FieldDelta("status", null, "Done"));
        return new RecordChange(entity, id, label, kind, fields);
    }

    /// <summary>"update_deal (Bramblewood cold chain) — stage: Won", cut to fit a button.</summary>
    public static string Plain(SkillCall call, RecordChange change)
    {
        var values = change.Fields.Select(f => $"{f.Field}: {f.NewName ?? f.New}");
        var title = $"{call.Function}{(string.IsNullOrEmpty(change.Label) ? "" : $" ({change.Label})")} — {string.Join(", ", values)}".TrimEnd(' ', '—');
        return title.Length > MaxLength ? title[..(MaxLength - 1)] + "…" : title;
    }

    private static FieldDelta Field(string key, JsonElement value, SkillCall call, Dictionary<string, JsonElement> args, StoreIndex index)
    {
        var text = Text(value);
        if (key.EndsWith("Id", StringComparison.Ordinal))
            return new FieldDelta(key, null, text) { NewName = Name(key, text, index) };
        return key == "amount" ? new FieldDelta(key, null, text, Currency(call, args, index)) : new FieldDelta(key, null, text);
    }

    /// <summary>The deal's currency for a deal update, the account's for a new deal.</summary>
    private static string? Currency(SkillCall call, Dictionary<string, JsonElement> args, StoreIndex index) =>
        args.TryGetValue("dealId", out var deal) && index.Deals.TryGetValue(Text(deal), out var d) ? d.Currency
        : call.Function == "create_deal" && args.TryGetValue("accountId", out var account) && index.Accounts.TryGetValue(Text(account), out var a) ? a.Currency
        : null;

    private static string? Name(string key, string id, StoreIndex index) => key switch
    {
        "dealId" => index.Deals.GetValueOrDefault(id)?.Name,
        "contactId" => index.Contacts.GetValueOrDefault(id)?.Name,
        "accountId" => index.Accounts.GetValueOrDefault(id)?.Name,
        "ownerId" or "assigneeId" => index.Users.GetValueOrDefault(id)?.Name,
        "ticketId" => index.Tickets.TryGetValue(id, out var ticket) ? $"{id} {ticket.Title}" : null,
        _ => null,
    };

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Undefined => "",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}
