using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Index;

namespace Crm.Skills.Understanding.Resolution;

/// <summary>
/// A company the message names that is no customer here: "a meeting with Contoso Logistics", "拜访了东方明珠科技的张总".
/// Only a name said where a customer goes (after "with", "at", 拜访, 跟…, or opening the message before a person: "华胜机械黄总") and formed like a company's ("… Logistics",
/// "…科技") counts, so a competitor in passing or "我们公司" does not. What else seemed to name a customer (the first word
/// of another one's name, a deal's words) is then only a guess, and the caller asks.
/// </summary>
public static partial class UnknownCompany
{
    /// <summary>The company named, or null when there is none or it is a customer (by its name, short name or alias).</summary>
    public static string? Named(StoreIndex index, string text)
    {
        foreach (Match m in Company().Matches(text))
        {
            var name = m.Groups["name"].Value;
            if (Pronoun().IsMatch(name))
                continue;
            var known = AccountResolver.Resolve(index, name);
            if (known.IsNone || (known.IsUnique && known.Score < WholeName))
                return name;
        }
        return null;
    }

    /// <summary>
    /// Customers whose Chinese name holds the name said with one character different ("华胜机械" for 华盛机械): a homophone
    /// typed by a pinyin keyboard, offered as the likely answer. Four characters at least, so two short names never pair.
    /// </summary>
    public static IReadOnlyList<string> OneCharacterOff(StoreIndex index, string said)
    {
        if (said.Length < 4 || !NameText.HasCjk(said))
            return [];
        var found = new List<string>();
        foreach (var account in index.Accounts.Values)
        {
            var name = account.Name;
            for (var i = 0; i + said.Length <= name.Length; i++)
            {
                if (Differences(name.AsSpan(i, said.Length), said) == 1)
                {
                    found.Add(account.Id);
                    break;
                }
            }
        }
        return found;
    }

    private static int Differences(ReadOnlySpan<char> a, string b)
    {
        var n = 0;
        for (var i = 0; i < b.Length && n < 2; i++)
            if (a[i] != b[i])
                n++;
        return n;
    }

    /// <summary>A customer's full or short name scores this much; only the first word of a longer one scores less.</summary>
    public const double WholeName = 0.95;

    [GeneratedRegex(@"\b(?:with|at|from|visited|called|met|emailed)\s+(?<name>(?:\p{Lu}[\p{L}&'’-]*\s+){1,3}(?:Logistics|Inc|Corp|Corporation|Ltd|LLC|Group|Holdings|Industries|Systems|Technologies|Labs|Bank|Foods|Motors|Airlines|Partners|Consulting|Solutions|Software|Media|Pharma|Pharmaceuticals|Manufacturing|Energy|Insurance|Capital|Ventures|Retail|Networks|Electronics|Hotels|University|Hospital|Clinic)\b)|(?:拜访了?|去了?|跟|和|给|见了|到了?|约了)(?<name>\p{IsCJKUnifiedIdeographs}{2,8}?(?:科技|公司|集团|物流|电子|软件|医药|银行|实业|网络|信息|教育|机械|制造|食品|汽车|地产|能源|贸易|医院|大学|学院))(?=的|那边|这边|\p{IsCJKUnifiedIdeographs}(?:总|经理|工|主任|老师|科长|处长|部长|院长|校长|店长)|[，,。;；\s]|$)|^(?<name>\p{IsCJKUnifiedIdeographs}{2,8}?(?:科技|公司|集团|物流|电子|软件|医药|银行|实业|网络|信息|教育|机械|制造|食品|汽车|地产|能源|贸易|医院|大学|学院))(?=\p{IsCJKUnifiedIdeographs}(?:总|经理|工|主任|老师|科长|处长|部长|院长|校长|店长))")]
    private static partial Regex Company();

    /// <summary>"我们公司", "他们集团", "对方公司": a company referred to, not named.</summary>
    [GeneratedRegex(@"^(?:本|贵)|我们|他们|她们|你们|咱们|对方|客户|这家|那家|我司")]
    private static partial Regex Pronoun();
}
