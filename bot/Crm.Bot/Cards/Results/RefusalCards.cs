using Crm.Skills.Conversation;
using Crm.Skills.Permissions;
using Crm.Skills.Results;

namespace Crm.Bot.Cards.Results;

/// <summary>
/// A refusal is one polite sentence, text only (nothing to press). English uses the skill's own
/// English sentence after "Sorry, "; Chinese is worded here from the refusal's structured facts
/// (action, record, owner, field), because the skill's sentence is English.
/// </summary>
internal static class RefusalCards
{
    private static readonly string[] CommonOpeners = ["The ", "This ", "There ", "Only ", "Your ", "You ", "Support ", "It ", "That "];

    public static RenderedMessage Refusal(RefusalResult result, RenderScope scope)
    {
        var text = scope.Language == ReplyLanguage.Chinese ? Chinese(result, scope) : English(result, scope);
        return new RenderedMessage(text, null, []);
    }

    private static string English(RefusalResult result, RenderScope scope)
    {
        var detail = result.Detail?.Trim();
        if (string.IsNullOrEmpty(detail) || IsChinese(detail))
            return scope.Words.Refusal(result.Reason);
        var opener = result.Reason == RefusalReason.InvalidValue ? "Sorry, I can't save that: " : "Sorry, ";
        var sentence = CommonOpeners.Any(o => detail.StartsWith(o, StringComparison.Ordinal)) ? char.ToLowerInvariant(detail[0]) + detail[1..] : detail;
        var closing = result.Reason is RefusalReason.InvalidValue or RefusalReason.NotPermitted ? " Nothing was saved." : "";
        return opener + sentence + (sentence.EndsWith('.') ? "" : ".") + closing;
    }

    private static string Chinese(RefusalResult result, RenderScope scope)
    {
        if (IsChinese(result.Detail))
            return "抱歉，" + result.Detail.Trim();
        var words = scope.Words;
        var entity = result.Entity is null ? "记录" : words.Entity(result.Entity);
        var record = result.RecordLabel ?? result.RecordId;
        var owner = result.OwnerName;
        return result.Reason switch
        {
            RefusalReason.NotPermitted => result.Action switch
            {
                WriteAction.ChangeDeal when result.RoleForbids => $"抱歉，客服不能修改{Named(entity, record)}，未保存任何内容。",
                WriteAction.CreateDeal when result.RoleForbids => "抱歉，客服不能新建商机，未保存任何内容。",
                WriteAction.ChangeDeal or WriteAction.CreateDeal when owner is not null =>
                    $"抱歉，{Named(entity, record)}的负责人是{owner}，只能由负责人或其经理修改，未保存任何内容。",
                WriteAction.ChangeDeal or WriteAction.CreateDeal => "抱歉，商机只能由负责人或其经理修改，未保存任何内容。",
                WriteAction.ChangeTicket => $"抱歉，只有客服可以修改{Named("工单", result.RecordId)}的状态、优先级或处理人。",
                WriteAction.EditActivity => $"抱歉，这条活动由{owner ?? "他人"}记录，只能由其本人修改。",
                WriteAction.EditTask => $"抱歉，这个任务属于{owner ?? "他人"}，只能由其本人或其经理修改。",
                WriteAction.ChangeCompanySettings => "抱歉，只有管理员可以修改公司设置。",
                WriteAction.ChangeOwnSettings => "抱歉，您只能修改自己的设置。",
                _ => words.Refusal(result.Reason),
            },
            RefusalReason.NotFound when result.RecordId is not null => $"抱歉，没有找到编号为 {result.RecordId} 的{entity}，未做任何修改。",
            RefusalReason.InvalidValue when result.Field is not null =>
                $"抱歉，{words.Field(result.Field)}{(result.Value is null ? "" : $"“{result.Value}”")}无效，未做任何修改。",
            _ => words.Refusal(result.Reason),
        };
    }

    private static string Named(string entity, string? record) => record is null ? "该" + entity : $"{entity}“{record}”";

    /// <summary>
    /// Whether a sentence is written in Chinese, not just naming Chinese records: "The 恒通物流 仓储系统续约 deal is owned
    /// by 陈静; …" is English, and "“zheng.hua#kangning.example”不是有效的邮箱地址，…" is Chinese though it quotes a long
    /// Latin value. Chinese sentences carry full-width punctuation; English ones never do.
    /// </summary>
    private static bool IsChinese(string? text) =>
        text is not null && (text.AsSpan().IndexOfAny("，。：？！；") >= 0
            || text.Count(c => c is >= '\u4e00' and <= '\u9fff') > text.Count(char.IsAsciiLetter));
}
