using System.Text.Json;
using System.Text.RegularExpressions;

namespace Crm.Skills.Conversation.Confirming;

/// <summary>Switching "confirm before writing" on or off, as said in English or Chinese.</summary>
public sealed record SettingWish(bool Enabled, bool CompanyDefault);

/// <summary>Apply or cancel a preview; the id is null when typed ("yes, save it"): then the latest preview.</summary>
public sealed record PreviewDecision(bool Apply, string? PendingId);

/// <summary>
/// The words for the confirmation setting and for answering a preview. Checked before the engine so
/// "stop asking me to confirm" is never read as a CRM write.
/// </summary>
public static partial class ConfirmWords
{
    private static readonly HashSet<string> ApplyWords = ["apply", "yes", "yes save it", "save it", "confirm", "ok apply", "确认", "确定", "应用", "保存吧", "好的保存"];
    private static readonly HashSet<string> CancelWords = ["cancel", "no", "no cancel", "don t save it", "discard", "取消", "不要了", "算了"];

    public static PreviewDecision? CardDecision(JsonElement? card)
    {
        if (card is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.String
            || !value.TryGetProperty("pendingId", out var id) || id.ValueKind != JsonValueKind.String)
            return null;
        return action.GetString() switch
        {
            "apply" => new PreviewDecision(true, id.GetString()),
            "cancel" => new PreviewDecision(false, id.GetString()),
            _ => null,
        };
    }

    public static PreviewDecision? TypedDecision(string text)
    {
        var words = Squash(text);
        return ApplyWords.Contains(words) ? new PreviewDecision(true, null)
            : CancelWords.Contains(words) ? new PreviewDecision(false, null)
            : null;
    }

    public static SettingWish? Setting(string text, bool chinese)
    {
        var lower = text.ToLowerInvariant();
        // A long message is a CRM note that happens to mention confirming, not a preference.
        if (lower.Length > 120)
            return null;
        if (chinese)
        {
            if (!ChineseTopic().IsMatch(lower))
                return null;
            return new SettingWish(!ChineseOff().IsMatch(lower), ChineseCompany().IsMatch(lower));
        }
        if (!EnglishTopic().IsMatch(lower))
            return null;
        return new SettingWish(!EnglishOff().IsMatch(lower), EnglishCompany().IsMatch(lower));
    }

    private static string Squash(string text) => Spaces().Replace(Punctuation().Replace(text.ToLowerInvariant(), " "), " ").Trim();

    // Narrow on purpose: "they want to confirm first with legal" is a CRM note, not this setting.
    [GeneratedRegex(@"\bask me (before|first)\b|\bconfirm\w* before (you )?(writ|sav|chang|updat|log|record)\w*|\bask(ing)? me to confirm\b|\bpreview\w* (before|first)\b|\b(turn|switch) (on|off) confirm\w*|\b(disable|enable|stop|no more) confirm\w*")]
    private static partial Regex EnglishTopic();

    [GeneratedRegex(@"\b(turn off|switch off|disable|stop|no more|don'?t|do not|never)\b")]
    private static partial Regex EnglishOff();

    [GeneratedRegex(@"\b(for everyone|everyone|company default|company-wide|whole company|all users)\b")]
    private static partial Regex EnglishCompany();

    // "客户说修改合同前要确认" is a note about a customer: the user must be the one asked (我) or name the setting.
    [GeneratedRegex(@"(写入|保存|修改).*(让我确认|问我|问一下我)|写入确认|保存确认|确认后再(写入|保存)")]
    private static partial Regex ChineseTopic();

    [GeneratedRegex(@"关闭|不要|别再|不用|停止|取消")]
    private static partial Regex ChineseOff();

    [GeneratedRegex(@"全公司|所有人|公司默认|大家")]
    private static partial Regex ChineseCompany();

    [GeneratedRegex(@"[\p{P}\p{S}]+")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
