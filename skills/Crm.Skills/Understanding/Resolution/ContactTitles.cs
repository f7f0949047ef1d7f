using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Index;

namespace Crm.Skills.Understanding.Resolution;

/// <summary>
/// Contacts of one account named by their job title instead of their name: "the CFO", "their VP",
/// "head of IT", "their IT guy", "云帆的技术总监", "采购那边". General language knowledge only: executive
/// abbreviations and their expansions, area + role word in either order, Chinese area + rank.
/// </summary>
internal static partial class ContactTitles
{
    /// <summary>
    /// The contacts of <paramref name="accountId"/> whose title the text says, in the most exact way
    /// that fits anyone: the whole title ("IT Manager", "技术总监"), then an executive title alone
    /// ("the VP" for "VP Operations"), then the title's area with any role word ("IT guy", "采购经理").
    /// </summary>
    public static IReadOnlyList<string> Fitting(StoreIndex index, string text, string accountId) =>
        Best(text, index.ContactsOf(accountId));

    /// <summary>Of the contacts offered in a question ("which 王经理?"), those whose title the answer says, the same way.</summary>
    public static IReadOnlyList<string> Among(StoreIndex index, string text, IEnumerable<string> contactIds) =>
        Best(text, contactIds.Select(id => index.Contacts[id]));

    private static IReadOnlyList<string> Best(string text, IEnumerable<IndexedContact> contacts)
    {
        // Every tier needs a role word said in Latin script or a Chinese title: a message with neither (most
        // answers and requests) skips the contacts' titles.
        var said = Words(Spelled(text));
        var latin = said.Any(w => !w.Cjk && TitleWords.MayNameTitle(w.Key));
        var chinese = NameText.HasCjk(text);
        if (!latin && !chinese)
            return [];
        var titled = contacts.Where(c => !string.IsNullOrWhiteSpace(c.Title)).Select(c => (c.Id, Title: Spelled(c.Title!))).ToList();
        var words = titled.ToDictionary(c => c.Id, c => latin ? Words(c.Title) : []);
        var areasAround = words.Values.SelectMany(AreasOf).ToHashSet(StringComparer.Ordinal);
        int TierOf(string id, string title)
        {
            var areas = AreasOf(words[id]);
            return WholeTitle(words[id], said) || chinese && ChineseWhole(title, text) ? 0
                : Executive(words[id], areas, areasAround, said) ? 1
                : AreaAndRole(areas, said) || chinese && ChineseArea(title, text) ? 2 : int.MaxValue;
        }
        var fits = titled.Select(c => (c.Id, Tier: TierOf(c.Id, c.Title))).ToList();
        var best = fits.Select(f => f.Tier).DefaultIfEmpty(int.MaxValue).Min();
        return [.. fits.Where(f => f.Tier == best && best < int.MaxValue).Select(f => f.Id)];
    }

    /// <summary>首席财务官 and the like spelled as the abbreviation (CFO), so both languages read one way.</summary>
    private static string Spelled(string text) =>
        ChineseChief().Replace(text, m => " " + m.Groups[1].Value switch
        {
            "执行" => "CEO", "财务" => "CFO", "技术" => "CTO", "运营" => "COO", "信息" => "CIO", "信息安全" => "CISO", _ => "CMO",
        } + " ");

    /// <summary>The title's words in order, when it has a role word and something that makes it more than "manager" or "lead".</summary>
    private static bool WholeTitle(Word[] title, Word[] said)
    {
        if (title.Length == 0 || title.Any(w => w.Cjk) || !title.Any(w => TitleWords.IsRole(w.Key))
            || !title.Any(w => TitleWords.Distinctive.Contains(w.Key) || TitleWords.IsArea(w.Key)))
            return false;
        var keys = title.Select(w => w.Key).ToArray();
        var roleFirst = keys.Where(TitleWords.IsRole).Concat(keys.Where(k => !TitleWords.IsRole(k))).ToArray();
        var roleLast = keys.Where(k => !TitleWords.IsRole(k)).Concat(keys.Where(TitleWords.IsRole)).ToArray();
        return new[] { keys, roleFirst, roleLast }.Any(k => At(said, k).Any(i => !said[i].Guarded));
    }

    /// <summary>"The CFO", "their VP": an executive title alone, unless the text ties it to another area ("VP Sales" is not "VP Operations").</summary>
    private static bool Executive(Word[] title, HashSet<string> areas, HashSet<string> areasAround, Word[] said)
    {
        foreach (var key in title.Select(w => w.Key).Where(TitleWords.Distinctive.Contains))
            foreach (var i in At(said, [key]).Where(i => !said[i].Guarded))
            {
                bool Foreign(int j) => j >= 0 && j < said.Length && !areas.Contains(said[j].Key)
                    && (areasAround.Contains(said[j].Key) || TitleWords.CommonAreas.Contains(said[j].Key));
                if (!Foreign(i - 1) && !Foreign(i + 1))
                    return true;
            }
        return false;
    }

    /// <summary>"IT guy", "finance person", "IT manager", "head of IT": an area of the title next to a role word.</summary>
    private static bool AreaAndRole(HashSet<string> areas, Word[] said)
    {
        for (var i = 0; i < said.Length; i++)
        {
            if (!areas.Contains(said[i].Key))
                continue;
            if (i + 1 < said.Length && TitleWords.After.Contains(said[i + 1].Key) && !said[i].Guarded)
                return true;
            if (i > 0 && TitleWords.Before.Contains(said[i - 1].Key) && !said[i - 1].Guarded)
                return true;
        }
        return false;
    }

    private static HashSet<string> AreasOf(Word[] title) =>
        [.. title.Where(w => !w.Cjk && TitleWords.IsArea(w.Key)).Select(w => w.Key)
            .Concat(title.Select(w => TitleWords.ImpliedArea.GetValueOrDefault(w.Key)).OfType<string>())];

    /// <summary>A Chinese title said whole (技术总监), not as part of a deputy's (副总经理) or someone new or our own (新来的, 我们的).</summary>
    private static bool ChineseWhole(string title, string text) =>
        NameText.HasCjk(title) && title.Length >= 2 && !TitleWords.ChineseRankOnly.Contains(title)
        && Occurrences(text, title).Any(i => !ChineseGuarded(text, i, title));

    /// <summary>"采购经理" for a 采购总监, "IT那边", "负责采购的", "管财务的": the title's area next to a rank word, or after a word for being in charge of it.</summary>
    private static bool ChineseArea(string title, string text)
    {
        if (!NameText.HasCjk(title) || ChineseRank().Match(title) is not { Success: true } rank || rank.Index < 2)
            return false;
        var area = TrailingUnit().Replace(title[..rank.Index], "");
        return area.Length >= 2 && Occurrences(text, area).Any(i => !ChineseGuarded(text, i, area)
            && (ChineseAfterArea().Match(text, i + area.Length) is { Success: true } m && m.Index == i + area.Length
                || InChargeOf().IsMatch(text[..i])));
    }

    private static bool ChineseGuarded(string text, int at, string title) =>
        (!title.StartsWith('副') && at > 0 && text[at - 1] == '副') || TitleWords.ChineseGuards.Any(g => text[..at].EndsWith(g, StringComparison.Ordinal));

    private static IEnumerable<int> Occurrences(string text, string part)
    {
        for (var i = text.IndexOf(part, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.OrdinalIgnoreCase))
            yield return i;
    }

    private static IEnumerable<int> At(Word[] said, string[] keys)
    {
        for (var i = 0; i + keys.Length <= said.Length; i++)
            if (keys.Select((k, j) => said[i + j].Key == k).All(x => x))
                yield return i;
    }

    /// <summary>
    /// Latin words folded to one spelling each ("chief financial officer" → cfo, "Mgr" → manager), with
    /// "of"/"the"/"and" dropped so "head of IT" reads as head + it; "it" and "gm" count only in capitals.
    /// A word after "our", "new", "former", "a" is marked: that is not the account's current person.
    /// Chinese runs are kept as one unmatched word so nothing reads across them.
    /// </summary>
    private static Word[] Words(string text)
    {
        var raw = Token().Matches(text).Select(m => m.Value).ToArray();
        var lowered = Array.ConvertAll(raw, r => r.ToLowerInvariant());
        var words = new List<Word>();
        string? before = null;
        for (var i = 0; i < raw.Length; i++)
        {
            var lower = lowered[i];
            var cjk = NameText.IsCjk(raw[i][0]);
            var phrase = cjk ? null : PhraseAt(lowered, i);
            var key = phrase?.Key ?? lower;
            if (phrase is not null)
                i += phrase.Value.Words.Length - 1;
            else if (!cjk)
                key = TitleWords.CapitalsOnly.Contains(lower) && raw[i] != raw[i].ToUpperInvariant() && !BeforeARole(lowered, i) ? "·" + lower : TitleWords.Synonyms.GetValueOrDefault(lower, lower);
            if (!cjk && TitleWords.Dropped.Contains(key))
                continue;
            words.Add(new Word(key, cjk, before is not null && TitleWords.Guards.Contains(before)));
            before = cjk ? null : lower;
        }
        return [.. words];
    }

    /// <summary>"the it manager", "their it guy": typed in lower case, "it" is the area when a role word follows it.</summary>
    private static bool BeforeARole(string[] lowered, int at) =>
        at + 1 < lowered.Length && TitleWords.After.Contains(TitleWords.Synonyms.GetValueOrDefault(lowered[at + 1], lowered[at + 1]));

    /// <summary>The spelled-out title ("chief financial officer") starting at word <paramref name="at"/>, if any.</summary>
    private static (string[] Words, string Key)? PhraseAt(string[] lowered, int at)
    {
        foreach (var phrase in TitleWords.Phrases)
            if (at + phrase.Words.Length <= lowered.Length && lowered.AsSpan(at, phrase.Words.Length).SequenceEqual(phrase.Words))
                return phrase;
        return null;
    }

    private sealed record Word(string Key, bool Cjk, bool Guarded);

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9]*|[\u3400-\u9fff\uf900-\ufaff]+")]
    private static partial Regex Token();

    [GeneratedRegex(@"首席(执行|财务|技术|运营|信息安全|信息|营销)官")]
    private static partial Regex ChineseChief();

    [GeneratedRegex(@"(副总经理|总经理|总监|经理|主管|主任|负责人|工程师|专员|助理|部长|科长|处长|总裁|总)$")]
    private static partial Regex ChineseRank();

    [GeneratedRegex(@"(部门|中心|部|科|组)$")]
    private static partial Regex TrailingUnit();

    // "负责采购的", "管财务的是谁", "分管技术的": the one in charge of the area.
    [GeneratedRegex(@"(?:负责|分管|主管|管)$")]
    private static partial Regex InChargeOf();

    [GeneratedRegex(@"经理|总监|主管|主任|负责人|工程师|部长|科长|那边|部门|的人|的同事|部|总")]
    private static partial Regex ChineseAfterArea();

    /// <summary>The vocabulary of job titles: how they are spelled, which words are roles and which are areas.</summary>
    private static class TitleWords
    {
        public static readonly (string[] Words, string Key)[] Phrases =
        [
            (["chief", "information", "security", "officer"], "ciso"), (["chief", "financial", "officer"], "cfo"),
            (["chief", "finance", "officer"], "cfo"), (["chief", "executive", "officer"], "ceo"), (["chief", "technology", "officer"], "cto"),
            (["chief", "technical", "officer"], "cto"), (["chief", "operating", "officer"], "coo"), (["chief", "operations", "officer"], "coo"),
            (["chief", "information", "officer"], "cio"), (["chief", "marketing", "officer"], "cmo"), (["chief", "revenue", "officer"], "cro"),
            (["chief", "product", "officer"], "cpo"), (["chief", "data", "officer"], "cdo"), (["chief", "digital", "officer"], "cdo"),
            (["chief", "human", "resources", "officer"], "chro"), (["chief", "people", "officer"], "chro"), (["vice", "president"], "vp"),
            (["general", "manager"], "gm"), (["human", "resources"], "hr"), (["information", "technology"], "it"), (["co", "founder"], "cofounder"),
        ];

        public static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
        {
            ["mgr"] = "manager", ["dir"] = "director", ["ops"] = "operations", ["operating"] = "operations", ["operational"] = "operations",
            ["svp"] = "vp", ["evp"] = "vp", ["avp"] = "vp", ["procurement"] = "purchasing", ["financial"] = "finance",
            ["tech"] = "technology", ["technical"] = "technology", ["guys"] = "guy", ["gals"] = "gal", ["folk"] = "folks", ["persons"] = "person",
        };

        /// <summary>What a title implies it is about: the CFO is the finance person, the buyer the purchasing one.</summary>
        public static readonly Dictionary<string, string> ImpliedArea = new(StringComparer.Ordinal)
        {
            ["cfo"] = "finance", ["controller"] = "finance", ["comptroller"] = "finance", ["accountant"] = "finance", ["cto"] = "technology",
            ["cio"] = "it", ["ciso"] = "security", ["coo"] = "operations", ["cmo"] = "marketing", ["chro"] = "hr", ["cro"] = "revenue",
            ["cpo"] = "product", ["cdo"] = "data", ["buyer"] = "purchasing", ["engineer"] = "engineering",
        };

        /// <summary>Role words that name one person even alone: "the CFO", "their VP", "the buyer".</summary>
        public static readonly HashSet<string> Distinctive =
        [
            "ceo", "cfo", "cto", "coo", "cio", "ciso", "cmo", "cro", "cpo", "cdo", "chro", "gm", "vp", "president", "founder", "cofounder",
            "chairman", "controller", "comptroller", "buyer", "engineer", "accountant", "treasurer",
        ];

        /// <summary>Role words too common to name anyone alone ("head", "lead", "manager", "owner").</summary>
        private static readonly HashSet<string> Roles =
        [
            "manager", "director", "head", "lead", "chief", "officer", "supervisor", "coordinator", "specialist", "administrator", "admin",
            "analyst", "architect", "consultant", "owner", "partner", "principal", "executive", "representative", "rep", "assistant",
            "secretary", "superintendent", "agent", "boss",
        ];

        private static readonly HashSet<string> Modifiers =
            ["senior", "sr", "junior", "jr", "deputy", "associate", "acting", "interim", "regional", "global", "general", "group", "co", "vice", "staff", "key"];

        /// <summary>After an area: "IT guy", "finance person", "IT manager", "ops lead".</summary>
        public static readonly HashSet<string> After =
        [
            "guy", "gal", "person", "people", "folks", "lead", "contact", "boss", "manager", "director", "head", "vp", "chief", "officer",
            "supervisor", "engineer", "specialist", "admin", "administrator", "coordinator", "analyst", "rep", "representative",
        ];

        /// <summary>Before an area ("of" dropped): "head of IT", "director of operations", "VP of sales".</summary>
        public static readonly HashSet<string> Before = ["head", "director", "manager", "vp", "chief", "supervisor", "boss"];

        /// <summary>Areas a title may be tied to even when no contact of the account works in them ("VP Sales" is not the VP of Operations).</summary>
        public static readonly HashSet<string> CommonAreas =
        [
            "sales", "marketing", "operations", "finance", "it", "technology", "engineering", "product", "hr", "purchasing", "logistics",
            "security", "digital", "data", "support", "service", "legal", "retail", "claims", "supply", "customer", "research", "development",
            "quality", "manufacturing", "infrastructure", "accounting", "business", "strategy", "revenue", "compliance", "risk", "growth",
        ];

        public static readonly HashSet<string> Dropped = ["of", "the", "and"];

        /// <summary>Said in lower case these are other words ("did it lead to…", "gm" for good morning).</summary>
        public static readonly HashSet<string> CapitalsOnly = ["it", "gm"];

        /// <summary>After these the title is not the account's current person: "our CFO", "a new CFO", "their former CTO".</summary>
        public static readonly HashSet<string> Guards = ["our", "my", "new", "former", "ex", "previous", "a", "an", "any", "no", "another", "next", "future"];

        /// <summary>Chinese titles that are a rank alone (经理, 总) and say no one in particular.</summary>
        public static readonly HashSet<string> ChineseRankOnly = ["总", "经理", "总监", "主管", "主任", "老板", "负责人", "老师", "工"];

        public static readonly string[] ChineseGuards = ["新", "新的", "新来的", "前任", "原来的", "我们", "我们的", "咱们", "咱们的", "我司", "我方", "我的", "一个", "一位"];

        /// <summary>A word without which no tier fits: a role word, or one said next to an area ("IT guy", "head of IT").</summary>
        public static bool MayNameTitle(string key) => IsRole(key) || After.Contains(key) || Before.Contains(key);

        public static bool IsRole(string key) => Distinctive.Contains(key) || Roles.Contains(key);

        public static bool IsArea(string key) =>
            key.Length >= 2 && key[0] != '·' && !IsRole(key) && !Modifiers.Contains(key) && !Dropped.Contains(key) && !Guards.Contains(key);
    }
}
