using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Plan;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// "改成 yangfan@tianfu-soft.example", "新的是13905710099", "change it to lena@pinecrest.example" right after one contact
/// was shown (asked for their e-mail or phone): a new value said alone, with no field and no person, is that contact's
/// new e-mail or phone, whichever the value is.
/// </summary>
internal static partial class ShownContactNewValue
{
    public static UpdateContact? Read(string text, ReadTopic shown, TurnContext ctx)
    {
        if (shown is not { ContactId: { } contact, Deals: [], Tickets: [] } || !ctx.Index.Contacts.ContainsKey(contact)
            || !OnlyTheValue().IsMatch(text.Trim()))
            return null;
        return (ContactBuilder.EmailOf(text), ContactBuilder.PhoneOf(text)) switch
        {
            ({ } email, null) => new UpdateContact(contact) { Email = email, FromText = text },
            (null, { } phone) => new UpdateContact(contact) { Phone = phone, FromText = text },
            _ => null,
        };
    }

    // The value comes last, after only "change it to" or "改成" and the like: "改成 x@y", "新的是139…", "update it to +1 …".
    [GeneratedRegex(@"^(?:(?:那|就|帮我|麻烦)\s*)*(?:改成|改为|换成|更新为|更新成|新的是|新的|现在是)\s*[:：]?\s*\S[^，,。；;]*$|^(?:(?:ok(?:ay)?|so|then|and)[\s,]+)*(?:change|update|set)\s+it\s+to\s+\S[^,;]*$|^(?:it's|it is|its)\s+now\s+\S[^,;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyTheValue();
}
