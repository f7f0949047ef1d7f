using System.Text.RegularExpressions;
using Crm.Skills.Results;

namespace Crm.Skills.Understanding.Engine;

/// <summary>Greetings, help, thanks and out-of-scope requests: answered in the user's language, nothing written.</summary>
public static partial class ChatInterpreter
{
    public static SkillResult? Interpret(string text, TurnContext ctx, bool chinese)
    {
        var trimmed = text.Trim();
        if (Greeting().IsMatch(trimmed))
            return new WelcomeResult(ctx.User.Name);
        if (Help().IsMatch(trimmed))
            return new HelpResult();
        if (Thanks().IsMatch(trimmed))
            return new MessageResult(chinese ? "不客气！有需要随时找我。" : "You're welcome! I'm here whenever you need me.");
        // "no thanks, that's all", "不用了" to "anything else to record?": nothing more is wanted.
        if (NothingMore().IsMatch(trimmed))
            return Declined(chinese);
        return null;
    }

    /// <summary>The reply when the user wants nothing more added: nothing is written.</summary>
    public static SkillResult Declined(bool chinese) => new MessageResult(chinese ? "好的，不再添加。" : "OK, I won't add anything else.");

    public static SkillResult OutOfScope(bool chinese) => new MessageResult(chinese
        ? "抱歉，这个我帮不上忙。我可以帮您记录拜访和电话、更新商机、创建任务和工单、查看客户情况和销售漏斗。"
        : "Sorry, I can't help with that. I can log calls and meetings, update deals, create tasks and tickets, and show customer summaries and your pipeline.");

    [GeneratedRegex(@"^(?:hi|hello|hey|hiya|howdy|yo|good (?:morning|afternoon|evening)|greetings)(?:\s+(?:there|bot|crm bot|all|team))?[\s!.,]*$|^(?:你好|您好|嗨|哈喽|哈啰|早上好|早|下午好|晚上好|在吗|在不在)[\s!！。.~～]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"^(?:help|\?|menu|commands)[\s!.?]*$|\bwhat can you do\b|\bwhat do you do\b|\bhow (?:do|can) i use\b|\bwhat can i (?:ask|say)\b|\bhelp me\b.*\bwhat\b|能(?:帮我)?做(?:些)?什么|能帮(?:我|你)?(?:干|做)(?:些)?什么|怎么用|帮助|使用说明|你会什么", RegexOptions.IgnoreCase)]
    private static partial Regex Help();

    [GeneratedRegex(@"^(?:no|nope|nah)\b[\s,.!]*(?:thanks?|thank you|that'?s (?:all|it)|nothing else|all good|i'?m good)?[\s,.!]*(?:that'?s (?:all|it)|nothing else)?[\s.!]*$|^(?:不用了?|不需要了?|没有了|没了|没别的了|暂时不用|先不用)[\s,，。!！]*(?:谢谢)?[\s。!！]*$", RegexOptions.IgnoreCase)]
    private static partial Regex NothingMore();

    [GeneratedRegex(@"^(?:ok(?:ay)?\s*,?\s*)?(?:thanks?|thank you|thx|ty|cheers|much appreciated|great,? thanks|that'?s all|bye|goodbye|see you)\b.*$|^(?:好的\s*,?\s*)?(?:谢谢|多谢|感谢|辛苦了|辛苦|再见|拜拜|没事了|就这些)", RegexOptions.IgnoreCase)]
    private static partial Regex Thanks();
}
