using System.Text.Json;
using System.Text.Json.Serialization;

namespace Crm.Bot.Protocol;

/// <summary>A user or bot on a channel. Teams member info adds <c>email</c> and <c>userPrincipalName</c> (kept in <see cref="Extra"/>).</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>A string field the channel added beyond the schema (Teams: email, userPrincipalName).</summary>
    public string? ExtraString(string name) =>
        Extra is not null && Extra.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}

/// <summary>Where an activity happens. Teams sets <see cref="ConversationType"/> to personal, groupChat or channel.</summary>
public sealed class ConversationAccount
{
    public bool? IsGroup { get; set; }
    public string? ConversationType { get; set; }
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }
    public string? TenantId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
