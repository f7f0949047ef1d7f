using System.Text.Json;
using Crm.Data.Accounts;
using Crm.Data.Activities;
using Crm.Data.Contacts;
using Crm.Data.Deals;
using Crm.Data.Tasks;
using Crm.Data.Tickets;
using Crm.Data.Users;

namespace Crm.Data.Exchange;

/// <summary>Turns exchange JSON into an <see cref="ExchangeDocument"/>, listing every shape and format problem.</summary>
internal static class ExchangeReader
{
    private static readonly string[] Collections = ["users", "accounts", "contacts", "deals", "activities", "tickets", "tasks"];

    public static ExchangeReadResult Read(string json)
    {
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            return new(null, [new("$", $"not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1})")]);
        }
        using (parsed)
            return Read(parsed.RootElement);
    }

    private static ExchangeReadResult Read(JsonElement root)
    {
        var problems = new List<ImportProblem>();
        if (root.ValueKind != JsonValueKind.Object)
            return new(null, [new("$", "must be a JSON object with the crm-exchange/1 collections")]);
        var top = new JsonFields(root, "$", problems);
        var format = top.String("format");
        if (format != ExchangeDocument.FormatName)
            top.Problem("format", format is null ? $"is required and must be '{ExchangeDocument.FormatName}'" : $"'{format}' is not '{ExchangeDocument.FormatName}'");
        foreach (var name in Collections.Where(c => !root.TryGetProperty(c, out _)))
            top.Problem(name, "is required (use [] when there are none)");
        var document = new ExchangeDocument
        {
            ExportedAt = top.Instant("exportedAt"),
            Users = Records(top, "users", problems, ReadUser),
            Accounts = Records(top, "accounts", problems, ReadAccount),
            Contacts = Records(top, "contacts", problems, ReadContact),
            Deals = Records(top, "deals", problems, ReadDeal),
            Activities = Records(top, "activities", problems, ReadActivity),
            Tickets = Records(top, "tickets", problems, ReadTicket),
            Tasks = Records(top, "tasks", problems, ReadTask),
        };
        // The document goes back even with problems, so references can still be checked and reported too.
        return new(document, problems);
    }

    private static List<T> Records<T>(JsonFields top, string field, List<ImportProblem> problems, Func<JsonFields, T> read)
    {
        var records = new List<T>();
        foreach (var (item, path) in top.Array(field))
        {
            if (item.ValueKind == JsonValueKind.Object)
                records.Add(read(new JsonFields(item, path, problems)));
            else
                problems.Add(new(path, $"{JsonFields.Show(item)} is not an object"));
        }
        return records;
    }

    private static ExchangeUser ReadUser(JsonFields f) => new()
    {
        Id = f.Id("id"),
        Name = f.RequiredString("name", 200),
        Email = Email(f, "email"),
        Role = f.Enum<UserRole>("role"),
        Team = f.String("team", 100),
        ManagerId = f.Ref("managerId"),
        Locale = f.String("locale", 35) ?? "en-US",
        TimeZone = TimeZone(f),
        AadObjectId = f.String("aadObjectId", 64),
    };

    private static ExchangeAccount ReadAccount(JsonFields f) => new()
    {
        Id = f.Id("id"),
        Name = f.RequiredString("name", 300),
        Aliases = f.Strings("aliases", 300),
        Industry = f.String("industry"),
        City = f.String("city"),
        Country = f.String("country"),
        Tier = f.String("tier", 20),
        Status = f.Enum<AccountStatus>("status", AccountStatus.Prospect),
        OwnerId = f.Id("ownerId"),
        Currency = Currency(f),
        Tags = f.Strings("tags", 100),
        ContractEnd = f.Date("contractEnd"),
        CreatedAt = f.Instant("createdAt"),
    };

    private static ExchangeContact ReadContact(JsonFields f) => new()
    {
        Id = f.Id("id"),
        AccountId = f.Id("accountId"),
        Name = f.RequiredString("name", 200),
        Title = f.String("title", 200),
        Email = Email(f, "email"),
        Phone = Phone(f, "phone"),
        IsPrimary = f.Boolean("isPrimary"),
        CreatedAt = f.Instant("createdAt"),
    };

    private static ExchangeDeal ReadDeal(JsonFields f)
    {
        var amount = f.Number("amount");
        if (amount < 0)
            f.Problem("amount", $"{amount} is negative");
        return new()
        {
            Id = f.Id("id"),
            AccountId = f.Id("accountId"),
            Name = f.RequiredString("name", 300),
            Stage = f.Enum<DealStage>("stage"),
            Amount = amount,
            Currency = Currency(f),
            CloseDate = f.Date("closeDate"),
            OwnerId = f.Id("ownerId"),
            NextStep = f.String("nextStep"),
            NextStepDue = f.Date("nextStepDue"),
            LostReason = f.String("lostReason"),
            CreatedAt = f.Instant("createdAt"),
            UpdatedAt = f.Instant("updatedAt"),
        };
    }

    private static ExchangeActivity ReadActivity(JsonFields f) => new()
    {
        Id = f.Id("id"),
        Type = f.Enum<ActivityType>("type"),
        AccountId = f.Id("accountId"),
        ContactId = f.Ref("contactId"),
        DealId = f.Ref("dealId"),
        UserId = f.Id("userId"),
        OccurredAt = f.Instant("occurredAt", required: true) ?? default,
        DurationMinutes = f.Integer("durationMinutes"),
        Subject = f.String("subject", 300),
        Summary = f.String("summary", 8000),
        Source = f.Enum<ActivitySource>("source", ActivitySource.Import),
    };

    private static ExchangeTicket ReadTicket(JsonFields f) => new()
    {
        Id = f.Id("id"),
        AccountId = f.Id("accountId"),
        ContactId = f.Ref("contactId"),
        Title = f.RequiredString("title", 300),
        Description = f.String("description", 8000),
        Priority = f.Enum<TicketPriority>("priority"),
        Status = f.Enum<TicketStatus>("status"),
        Category = f.String("category", 100),
        AssigneeId = f.Ref("assigneeId"),
        CreatedById = f.Ref("createdById"),
        CreatedAt = f.Instant("createdAt"),
        DueAt = f.Instant("dueAt"),
        ResolvedAt = f.Instant("resolvedAt"),
        Comments = f.Array("comments").Select(c => ReadComment(c.Item, c.Path, f)).OfType<ExchangeComment>().ToList(),
    };

    private static ExchangeComment? ReadComment(JsonElement item, string path, JsonFields ticket)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            ticket.Problem(path[(ticket.Path.Length + 1)..], "is not an object");
            return null;
        }
        var problems = new List<ImportProblem>();
        var f = new JsonFields(item, path, problems);
        var comment = new ExchangeComment
        {
            UserId = f.Id("userId"),
            At = f.Instant("at", required: true) ?? default,
            Text = f.RequiredString("text", 8000, allowEmpty: true),
        };
        foreach (var p in problems)
            ticket.Problem(p.Path[(ticket.Path.Length + 1)..], p.Message);
        return comment;
    }

    private static ExchangeTask ReadTask(JsonFields f) => new()
    {
        Id = f.Id("id"),
        Title = f.RequiredString("title", 500),
        DueAt = f.Date("dueAt"),
        OwnerId = f.Id("ownerId"),
        AccountId = f.Ref("accountId"),
        DealId = f.Ref("dealId"),
        ContactId = f.Ref("contactId"),
        Status = f.Enum<CrmTaskStatus>("status"),
        CreatedAt = f.Instant("createdAt"),
    };

    private static string? Email(JsonFields f, string field)
    {
        var text = f.String(field, 320);
        if (text is not null && !EmailAddress.TryParse(text, out _))
            f.Problem(field, $"'{text}' is not an e-mail address");
        return text;
    }

    private static string? Phone(JsonFields f, string field)
    {
        var text = f.String(field, 40);
        if (text is not null && PhoneNumber.Problem(text) is { } badPhone)
            f.Problem(field, badPhone.TrimEnd('.'));
        return text;
    }

    private static string Currency(JsonFields f)
    {
        var text = f.String("currency", 3) ?? "USD";
        if (text.Length != 3 || !text.All(char.IsAsciiLetterUpper))
            f.Problem("currency", $"'{text}' is not an ISO 4217 code such as USD or CNY");
        return text;
    }

    private static string TimeZone(JsonFields f)
    {
        var text = f.String("timeZone", 64) ?? "UTC";
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(text, out _))
            f.Problem("timeZone", $"'{text}' is not a known IANA time zone such as Asia/Shanghai");
        return text;
    }
}
