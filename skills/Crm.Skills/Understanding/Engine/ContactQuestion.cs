using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Plan;
using Crm.Skills.Understanding.Resolution;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// A question for one contact: their details ("恒通周总的邮箱是多少", "whats grace's email at blue yonder", "邮箱给我") or who
/// they are ("恒通那边管财务的是谁", "who's the CFO at Pinecrest?"). The contact is named by name or by title at the
/// customer the question names, or at the customer just shown; "who's the contact there" is that customer's one contact.
/// </summary>
public static partial class ContactQuestion
{
    public static ContactRead? Read(string text, TurnContext ctx, string? accountInView = null)
    {
        var details = DetailAsked().IsMatch(text);
        if (!details && !WhoAsked().IsMatch(text))
            return null;
        var named = AccountResolver.Resolve(ctx.Index, text);
        var account = named.IsUnique ? named.Id : accountInView ?? ctx.Bindings.AccountId;
        var contact = ContactResolver.Resolve(ctx.Index, text, account);
        if (contact.IsUnique)
            return new ContactRead(contact.Id!);
        // "tell me about Fabrikam" → "who's the contact there": the one person on file there.
        return account is not null && TheContact().IsMatch(text) && ctx.Index.ContactsOf(account).ToList() is [var only]
            ? new ContactRead(only.Id)
            : null;
    }

    [GeneratedRegex(@"(?:邮箱|邮件地址|电话|手机号?|联系方式)(?:号码?|地址)?(?:是)?(?:多少|什么|啥|几号)|(?:邮箱|邮件地址|电话|手机号?|联系方式)(?:号码?|地址)?(?:发|给)(?:我|一下)|^(?:(?:and|so|ok(?:ay)?|hey)[\s,]+)*(?:what(?:'s|s| is| are)|do (?:we|you) have|have we got)\b[^?.,;]{0,40}\b(?:e-?mail|email address|phone|number|mobile|cell|contact details|contact info)\b|\b(?:e-?mail|phone|number|mobile|cell)\b\s*\?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DetailAsked();

    // "who's the contact there", "who is their CFO?", "管财务的是谁", "谁是对接人": a person asked for, not a colleague's work.
    [GeneratedRegex(@"^(?:(?:and|so|ok(?:ay)?)[\s,]+)*who(?:'s|s| is)\s+(?:the|their|our)\b|(?:的|那边|这边)是谁|谁是(?:他们|那边)?的?(?:对接人|联系人|负责人)", RegexOptions.IgnoreCase)]
    private static partial Regex WhoAsked();

    [GeneratedRegex(@"\b(?:contact|contact person|person|point of contact|poc)\b|联系人|对接人", RegexOptions.IgnoreCase)]
    private static partial Regex TheContact();
}
