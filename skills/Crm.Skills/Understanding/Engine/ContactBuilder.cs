using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Language;
using Crm.Skills.Understanding.Plan;
using Crm.Skills.Understanding.Reading;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// New contacts ("add a contact at Lakeview: Lee Park, Finance Director, lee@…") and changed phone,
/// e-mail or title ("Lee's new number is…", "X is now CEO", "某某的邮箱改成…"). A malformed
/// e-mail or phone number is refused with the reason; nothing is written.
/// </summary>
public static partial class ContactBuilder
{
    /// <param name="earlier">What the message said before this clause, where "帮我加到联系人里" finds the person told of.</param>
    public static CreateContact Create(Clause clause, References refs, Index.StoreIndex index, string earlier = "")
    {
        if (refs.AccountId is null)
            throw new NeedsAnswerException(SlotKind.Account, [], "no account was named") { Field = "account" };
        var email = EmailOf(clause.Text);
        // "erin.cole#fabrikam.example", "erin@fabrikam": an address mistyped is refused with the reason, not left out.
        if (email is null && MistypedEmail().Match(clause.Text) is { Success: true } mistyped)
            throw Invalid("email", mistyped.Value);
        // "lisa.raycoho.example", "邮箱 zhouming.tianfu.example": an address with its @ left out is refused, not left out.
        if (email is null && AddressWithoutAt().Match(clause.Text) is { Success: true } unmarked)
            throw Invalid("email", unmarked.Value);
        var phone = PhoneOf(clause.Text);
        // "Janet Leverling, support lead, 617-555": a number cut short is refused with the reason, not left out.
        if (phone is null && PhoneNumbers.Malformed(clause.Text) is { } shortNumber)
            throw Invalid("phone", shortNumber);
        // "叫高远电话 010-… 邮箱 gaoyuan@…": with the number and the address taken out, their labels go too.
        var parts = clause.Segments.Skip(1).Select(s => TextParts.Tidy(EmailLabel().Replace(Email().Replace(PhoneLabel().Replace(PhoneNumbers.Candidate().Replace(s, ""), ""), ""), "")))
            .Where(s => s.Length > 0 && !LabelOrRequest().IsMatch(s)).ToList();
        var headName = HeadName().Match(clause.Head);
        // "美家家居新来了个IT负责人，叫邓超", "add Globex's new procurement lead: Dolores Park": the head says the role.
        var newcomer = Newcomer().Match(clause.Head);
        // "华盛机械那边，新来了个销售总监，帮我加一下": the newcomer told after the customer, in a part of its own.
        if (!newcomer.Success && parts.FindIndex(p => Newcomer().IsMatch(p)) is var newcomerPart and >= 0)
        {
            newcomer = Newcomer().Match(parts[newcomerPart]);
            parts.RemoveAt(newcomerPart);
        }
        // "帮我加个他们的采购钱立": their role, then the name.
        var roleThenName = RoleThenName().Match(clause.Head);
        if (roleThenName.Success)
            newcomer = roleThenName;
        // "Add his assistant Maya Lopez", "add their QA lead too, ines moreau, …": whose role it is, then maybe the name.
        var theirRole = TheirRole().Match(clause.Head);
        if (theirRole.Success)
            newcomer = theirRole;
        var called = parts.Select(p => Called().Match(p)).FirstOrDefault(m => m.Success);
        // "康宁医疗加个联系人 孙丽 信息科科长 邮箱 …", dictated: the name right after 联系人, then the title or the next detail.
        var nameFirst = NameThenTitle().Match(clause.Text);
        string name;
        if (headName.Success && headName.Groups["name"].Value.Trim().Length > 1)
            name = headName.Groups["name"].Value.Trim();
        else if (nameFirst.Success && StartsWithASurname(nameFirst.Groups["name"].Value))
        {
            name = nameFirst.Groups["name"].Value;
            parts = [.. parts.Select(p => AfterTheName(p, name)).Where(p => p.Length > 0)];
        }
        else if (newcomer.Groups["name"].Success)
            name = newcomer.Groups["name"].Value;
        else if (called is not null)
        {
            name = called.Groups["name"].Value.Trim();
            parts.Remove(called.Value);
        }
        // "new contact at Humongous uh Peter Lee he's the claims IT lead email is …", dictated without commas: the name said
        // right before "he's", and the role after it.
        else if (NameThenRole().Match(clause.Text) is { Success: true } spoken && IsPersonName(spoken.Groups["name"].Value, index))
        {
            name = spoken.Groups["name"].Value;
            parts.Insert(0, spoken.Groups["title"].Value);
        }
        else if (parts.Count > 0 && !AsksToAddThoseTold(clause.Head))
        {
            name = parts[0];
            parts.RemoveAt(0);
        }
        // "跟智远信息中心的孙丽主任通了电话…，她是新对接人，帮我加到联系人里": the person told of before the request.
        else if (AsksToAddThoseTold(clause.Head) && ToldOf(earlier, refs.AccountId, index) is { } told)
        {
            name = told.Name;
            parts.Insert(0, told.Title);
            // "钱晓梅也在，她是新对接人，手机139…，帮我加到联系人里": the number told of her before the request is hers.
            var toldAfter = earlier[Math.Max(0, earlier.IndexOf(told.Name, StringComparison.Ordinal))..];
            email ??= EmailOf(toldAfter);
            phone ??= PhoneOf(toldAfter);
            // "…他们采购吴倩 手机 1398765 加一下": the number told of her, cut short, is refused with the reason, not left out.
            if (phone is null && PhoneNumbers.Malformed(toldAfter) is { } toldShort)
                throw Invalid("phone", toldShort);
        }
        else
            throw new NeedsAnswerException(SlotKind.Value, [], "the new contact has no name") { Field = "name" };
        var title = newcomer.Success ? TextParts.Tidy(newcomer.Groups["title"].Value)
            : parts.Count > 0 ? TitleWords().Replace(parts[0], "").Trim() : null;
        // "add her colleague Erik Holm, IT manager, …": a colleague is who they are to her, the title is said after the name.
        if (theirRole.Success && title is not null && Relation().IsMatch(title))
            title = parts.Count > 0 ? TitleWords().Replace(parts[0], "").Trim() : null;
        // "信息科的孙丽 科长": the department said before the name is part of the title said after it.
        if (string.IsNullOrEmpty(title) && nameFirst.Success && nameFirst.Groups["title"].Success && StartsWithASurname(nameFirst.Groups["name"].Value))
            title = nameFirst.Groups["dept"].Value + nameFirst.Groups["title"].Value;
        // "add Priyanka Rao to Blue Yonder as Procurement Lead": the role after "as".
        if (string.IsNullOrEmpty(title) && AsRole().Match(clause.Head) is { Success: true } role)
            title = TextParts.Tidy(role.Groups["title"].Value);
        // "信息科科长赵磊": the title, then the name, in one breath.
        if (TitleThenName().Match(name) is { Success: true } split && string.IsNullOrEmpty(title) && StartsWithASurname(split.Groups["name"].Value))
            (name, title) = (split.Groups["name"].Value, split.Groups["title"].Value);
        // "财务部的钱芳": the department said before the name is not part of it (it is her title when no other is said).
        if (DepartmentThenName().Match(name) is { Success: true } department && StartsWithASurname(department.Groups["name"].Value))
            (name, title) = (department.Groups["name"].Value, string.IsNullOrEmpty(title) ? department.Groups["dept"].Value : title);
        // "信息科科长 邮箱 …", run together: the label of the address taken out is not part of the title.
        title = title is null ? null : LabelAtEnd().Replace(title, "").Trim();
        return new CreateContact(refs.AccountId, Capitalised(name), string.IsNullOrEmpty(title) ? null : title, email, phone) { FromText = clause.Text };
    }

    /// <summary>
    /// "新加个联系人周立 IT经理", dictated in one part: what follows the name is the rest of the part (its title), and the
    /// request before the name is no part of it.
    /// </summary>
    private static string AfterTheName(string part, string name)
    {
        var at = part.IndexOf(name, StringComparison.Ordinal);
        return at < 0 ? part : TextParts.Tidy(part[(at + name.Length)..]);
    }

    /// <summary>"please add him", "帮我加到联系人里", and "帮我加上" after someone's number: the person told of, to be added.</summary>
    private static bool AsksToAddThoseTold(string head) =>
        Reading.IntentClassifier.IsAddThemRequest(head) || Reading.IntentClassifier.IsBareAddRequest(head);

    /// <summary>
    /// The person a message told of who is not yet a contact of the account: "信息中心的孙丽主任" (title 信息中心主任), or a
    /// capitalised full name ("met Derek Hale, their new CIO").
    /// </summary>
    private static (string Name, string Title)? ToldOf(string earlier, string accountId, Index.StoreIndex index)
    {
        bool IsNew(string name) => !index.ContactsOf(accountId).Any(c => Index.NameText.Normalize(c.Name) == Index.NameText.Normalize(name));
        // "孙丽主任" (name, then title) or "新来的采购经理周婉", "教务处主任钱晓梅也在" (title, then name): the first one said.
        var chinese = ChineseTold().Matches(earlier).Concat(ChineseTitleThenName().Matches(earlier))
            .Where(m => StartsWithASurname(m.Groups["name"].Value) && IsNew(m.Groups["name"].Value)).MinBy(m => m.Groups["name"].Index);
        if (chinese is not null)
            return (chinese.Groups["name"].Value, ShortDepartment().Match(chinese.Groups["dept"].Value).Value + NewcomerWords().Replace(chinese.Groups["title"].Value, ""));
        foreach (Match m in EnglishTold().Matches(earlier))
            if (IsNew(m.Groups["name"].Value) && !index.Users.Values.Any(u => u.Name == m.Groups["name"].Value)
                && Resolution.AccountResolver.Resolve(index, m.Groups["name"].Value).IsNone)
                return (m.Groups["name"].Value, NewRoleTold().Match(earlier[..m.Index]) is { Success: true } role ? role.Groups["title"].Value : "");
        return null;
    }

    [GeneratedRegex(@"(?:(?<dept>\p{IsCJKUnifiedIdeographs}{2,6}?(?:部门|部|科|处|中心|组|办公室))的)?(?<name>\p{IsCJKUnifiedIdeographs}{2,3}?)(?<title>主任|经理|总监|工程师|科长|处长|部长|院长|校长|店长|助理|主管|负责人|老师)")]
    private static partial Regex ChineseTold();

    // "引荐了他们采购吴倩 手机 139…": a buyer or an accountant is named by what they do, and the name ends where their number starts.
    [GeneratedRegex(@"(?:新来的|新来了?(?:一)?(?:个|位)|新任的?)?(?<title>[\p{IsCJKUnifiedIdeographs}A-Za-z]{0,8}?(?:科长|处长|部长|主任|经理|总监|主管|负责人|工程师|院长|校长|店长|助理|专员|采购|财务|会计|对接人))(?<name>\p{IsCJKUnifiedIdeographs}{2,3}?)(?=也|在|说|通|打|来|跟|和|的|手机|电话|邮箱|[，,。;；\s]|$)")]
    private static partial Regex ChineseTitleThenName();

    // "他们新来的IT负责人": who they are is the title after "new"; "认识了他们仓储主管刘波": after whose they are.
    [GeneratedRegex(@"^.*(?:新来的|新来了?(?:一)?(?:个|位)|新任的?|的|认识了?|他们|她们)")]
    private static partial Regex NewcomerWords();

    // "智远教育信息中心" is the customer's name and then the department: the department is the last word before its unit.
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}{0,2}(?:部门|部|科|处|中心|组|办公室)$")]
    private static partial Regex ShortDepartment();

    [GeneratedRegex(@"\b(?<name>\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+)\b")]
    private static partial Regex EnglishTold();

    // "met their new CFO at Adventure Works today, Paul Rivera": the role said before the name, up to where or when.
    [GeneratedRegex(@"\b(?:their|the|our)\s+new\s+(?=[\w ]{0,30}\b(?:ceo|cfo|cto|coo|cio|ciso|cmo|vp|director|manager|head|lead|buyer|engineer|admin|administrator|coordinator|president|chief|officer|controller|owner)\b)(?<title>[\w&/-]+(?:\s+[\w&/-]+){0,3}?)(?=\s+(?:at|from|of|over|today|yesterday|this|last|on)\b|\s*[,.;]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex NewRoleTold();

    /// <summary>"ines moreau", typed fast, is saved as "Ines Moreau"; a name with any capital is kept as written ("Ana de la Cruz").</summary>
    private static string Capitalised(string name) =>
        name.Any(char.IsUpper) || !name.All(c => char.IsAsciiLetter(c) || c is ' ' or '-' or '\'')
            ? name
            : string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    public static UpdateContact Update(Clause clause, References refs)
    {
        if (refs.ContactId is null)
            throw new NeedsAnswerException(SlotKind.Contact, [], "no contact was named") { Field = "contact" };
        var text = clause.Text;
        var update = new UpdateContact(refs.ContactId) { FromText = text };
        if (EmailWord().IsMatch(text))
            update = update with { Email = EmailOf(text) ?? throw (EmailLike().Match(text) is { Success: true } address ? Invalid("email", address.Value) : NotSaid("email")) };
        else if (PhoneWord().IsMatch(text))
            update = update with { Phone = PhoneOf(text) ?? throw (Digits().Match(text) is { Success: true } number ? Invalid("phone", number.Value) : NotSaid("phone")) };
        var title = NewTitle().Match(text);
        // "his new email is …" and "her phone is now 303-555-0177" are no title; "promoted to engineering manager, and his new email is …" has both.
        if (title.Success && !EmailWord().IsMatch(title.Value) && !LongNumber().IsMatch(title.Value) && PhoneOf(title.Groups["title"].Value) is null)
            update = update with { Title = TextParts.Tidy(refs.AccountId is null ? title.Groups["title"].Value : AtTheAccount().Replace(title.Groups["title"].Value, "")) };
        if (update.Email is null && update.Phone is null && update.Title is null)
            throw new NeedsAnswerException(SlotKind.Value, [], "the message did not say what to change on the contact") { Field = "contact" };
        return update;
    }

    /// <summary>"天府杨总换手机了" and no number: what the new one is, asked.</summary>
    private static NeedsAnswerException NotSaid(string field) =>
        new(SlotKind.Value, [], $"the message did not say the new {field}") { Field = field };

    private static InvalidValueException Invalid(string field, string value) =>
        new(field, value, field == "email" ? $"'{value}' is not a valid e-mail address" : $"'{value}' is not a valid phone number");

    internal static string? EmailOf(string text)
    {
        var m = Email().Match(text);
        return m.Success ? m.Value : null;
    }

    internal static string? PhoneOf(string text) => PhoneNumbers.First(text);

    /// <summary>The text with its e-mail addresses blanked out, so "owen.blake@…" names no Owen Blake.</summary>
    internal static string WithoutAddresses(string text) => Email().Replace(text, " ");

    [GeneratedRegex(@"^(?:叫|名叫|名字叫|姓名)\s*(?<name>\p{IsCJKUnifiedIdeographs}{2,4})$|^(?i:named|called|name is|his name is|her name is)\s+(?<name>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){0,2})$")]
    private static partial Regex Called();

    [GeneratedRegex(@"(?:新来了?(?:一)?(?:个|位)|来了(?:一)?(?:个|位)新的?)(?:新的?)?(?<title>[^，,]+?)(?:[，,]?\s*(?:叫|名叫)(?<name>\p{IsCJKUnifiedIdeographs}{2,4}))?$|\b(?:has|hired|got) a new\s+(?<title>.+)$|\b(?:their|our|the)\s+new\s+(?<title>[\w&/ -]{2,40}?)\s+is\s+(?<name>(?-i:\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}))|^(?:please\s+)?add\s+.*?\bnew\s+(?!(?:contact|person|people|guy|lady|name|number|email)\b)(?<title>[^:,]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Newcomer();

    [GeneratedRegex(@"^(?<dept>\p{IsCJKUnifiedIdeographs}{1,8}?(?:部门|部|科|处|中心|组|办公室|团队))的?(?<name>\p{IsCJKUnifiedIdeographs}{2,3})$")]
    private static partial Regex DepartmentThenName();

    // A Chinese title ends in one of these words, and the name (two or three ideographs) follows it: "信息科科长赵磊", "采购钱立".
    private const string TitledName = @"(?<title>[\p{IsCJKUnifiedIdeographs}A-Za-z]{0,8}?(?:科长|处长|部长|主任|经理|总监|主管|负责人|工程师|院长|校长|店长|助理|专员|采购|财务|会计|对接人|老板))(?<name>\p{IsCJKUnifiedIdeographs}{2,3})$";

    [GeneratedRegex(@"(?:加|添加|新增|录入)(?:个|一个|一下)?(?:他们|她们|对方|客户)(?:的|那边的)" + TitledName)]
    private static partial Regex RoleThenName();

    [GeneratedRegex("^" + TitledName)]
    private static partial Regex TitleThenName();

    private const string ChineseTitle = @"[\p{IsCJKUnifiedIdeographs}A-Za-z]{0,8}?(?:科长|处长|部长|主任|经理|总监|主管|负责人|工程师|院长|校长|店长|助理|专员|采购|财务|会计|对接人|老板|老师)";

    // "联系人 刘芳 教务老师", "联系人 信息科的孙丽 科长", "联系人 周明 采购主管": the department before the name is not part of it,
    // and a title that goes on past its first title word ("采购" + "主管") is read whole. "联系人 叫刘芳 是他们仓储部经理": the name
    // after 叫, the title after 是.
    [GeneratedRegex(@"联系人[\s:：]*(?:叫|名叫|名字叫)?\s*(?:(?<dept>\p{IsCJKUnifiedIdeographs}{1,8}?(?:部门|部|科|处|中心|组|办公室|团队))的)?(?<name>\p{IsCJKUnifiedIdeographs}{2,3}?)(?=[\s,，]*(?:是(?:他们|她们|对方|客户)?(?:的|那边的)?\s*)?(?:(?<title>" + ChineseTitle + @"(?:主管|经理|总监|负责人|专员|助理)?)|邮箱|电话|手机|[\s,，。;；]|$))")]
    private static partial Regex NameThenTitle();

    [GeneratedRegex(@"\s*(?:邮箱|手机号?|电话|(?i:e-?mail|phone|mobile|cell))\s*[:：]?$")]
    private static partial Regex LabelAtEnd();

    private static bool StartsWithASurname(string name) =>
        Surnames.LengthBefore(name, 1) == 1 || (name.Length > 2 && Surnames.LengthBefore(name, 2) == 2);

    /// <summary>What is left of a part once its phone number or e-mail address is taken out, or a part that only asks to add.</summary>
    [GeneratedRegex(@"^(?:邮箱|e-?mail(?: address)?|手机号?|电话)$|^(?:请|麻烦)?(?:帮我|帮忙)?(?:加上|加一下|加进去|添加一下|录入一下|录进去|存一下)(?:吧)?$|^(?:please\s+)?add (?:him|her|them)(?: please)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelOrRequest();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"\d{5}")]
    private static partial Regex LongNumber();

    // "add him as a contact" says no role, with or without the article.
    [GeneratedRegex(@"\bas\s+(?!(?:(?:a|an|the|their|our)\s+)?(?:new\s+)?contact\b)(?:(?:a|an|the|their|our)\s+)?(?:new\s+)?(?<title>[^,;:]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AsRole();

    [GeneratedRegex(@"\+?\d(?:[\d\s().-]*\d)?")]
    private static partial Regex Digits();

    /// <summary>Something meant as an address, though not one: "ma.yunfei#zhiyuan.example", "jane@", "jane.doe.acme.com".</summary>
    [GeneratedRegex(@"[\w.+%#!-]*[@＠#][\w.-]*|[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+){2,}")]
    private static partial Regex EmailLike();

    [GeneratedRegex(@"(?<![\w.@])[A-Za-z0-9._%+-]+(?:[#＠][A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|@[A-Za-z0-9-]+(?![\w.@]))")]
    private static partial Regex MistypedEmail();

    /// <summary>
    /// An address run together without its @: three dotted parts or more ending in a domain ("lisa.raycoho.example"), or
    /// anything dotted after an e-mail label ("邮箱 zhouming.example"). Not a web address ("www.…"), not initials ("J.R.R.").
    /// </summary>
    [GeneratedRegex(@"(?<![\w.@/])(?!www\.)[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)+\.[A-Za-z]{2,}(?![\w.@/])|(?<=(?:邮箱|(?i:e-?mail)(?:\s+(?i:address))?)\s*(?:(?i:is)|是|为|[:：])?\s*)(?!www\.)[A-Za-z0-9_%+-]+\.[A-Za-z0-9.-]*[A-Za-z](?![\w.@/])")]
    private static partial Regex AddressWithoutAt();

    [GeneratedRegex(@"邮箱(?:地址)?|\b(?i:e-?mail)(?:\s+(?i:address))?\b(?:\s+(?i:is)\b)?")]
    private static partial Regex EmailLabel();

    // "… Peter Lee he's the claims IT lead email is …": the two words before "he's" or "she's" and the role up to the next detail.
    [GeneratedRegex(@"(?<![\p{L}'])(?<name>\p{L}+\s+\p{L}+)\s+(?:he|she)(?:'s|\s+is)\s+(?:(?:the|their|our|a|an)\s+)?(?<title>[^,.;]+?)(?=\s+(?:and\s+)?(?:(?:his|her|the)\s+)?(?:e-?mail|phone|mobile|cell|number)\b|\s*[,.;]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex NameThenRole();

    /// <summary>Two words that can be a person's name: no account's name, no word of the request around it ("contact at").</summary>
    private static bool IsPersonName(string words, Index.StoreIndex index) =>
        !NotAName().IsMatch(words) && Resolution.AccountResolver.Resolve(index, words).IsNone;

    [GeneratedRegex(@"\b(?:at|for|to|from|with|contact|new|add|the|their|our|and|um|uh|is|was|named|called)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAName();

    /// <summary>Who someone is to another contact, not a job title: "her colleague", "his coworker".</summary>
    [GeneratedRegex(@"^(?:colleague|co-?worker|teammate|team mate|peer|counterpart|friend|replacement|successor)s?$", RegexOptions.IgnoreCase)]
    private static partial Regex Relation();

    [GeneratedRegex(@"手机号?|座机|固话|电话|phone|mobile|cell|tel|(?:direct|desk|office) ?line", RegexOptions.IgnoreCase)]
    private static partial Regex PhoneLabel();

    [GeneratedRegex(@"\be-?mail\b|邮箱|@", RegexOptions.IgnoreCase)]
    private static partial Regex EmailWord();

    // "她换号了 新的是139…": 换号 (changed number) says the phone, as 新号 does.
    [GeneratedRegex(@"\b(?:number|phone|mobile|cell|(?:direct|desk|office) ?line)\b|手机|座机|固话|电话|号码|新号|(?:换|改)了?个?号", RegexOptions.IgnoreCase)]
    private static partial Regex PhoneWord();

    // "刘洋升职了现在是 CTO 手机也换了 138…", dictated in one breath: a Chinese title ends where the next detail starts.
    private const string TitleEnds = @"(?=[，,。;；]|\s*(?:手机|电话|座机|邮箱|号码)|$)";

    [GeneratedRegex(@"\bis now (?:the |our |their |a |an )?(?<title>.+)$|(?:职位|职务|title)\s*(?:改成|改为|换成|更新为|is now|to)\s*(?<title>.+)$|升(?:任|职为|为)(?<title>[^，,。;；]+?)了?" + TitleEnds + @"|升(?:职)?了[，,]?\s*(?:现在|目前)?是(?<title>[^，,。;；]+?)" + TitleEnds + "|" + JobTitles.BarePromotion + "了?" + TitleEnds + @"|\b(?:he|she)(?:'s| is)\s+(?:now\s+)?(?:the |our |their |a |an )?(?<title>[^,.;]+?)\s+now\b|\bpromoted to\s+(?:the |a |an )?(?<title>[^,.;]+)"
        // "Jane Doe at Acme is CIO now": the person named, then the title with "now" after it.
        + @"|\bis\s+(?:the |our |their |a |an )?(?<title>[^,.;]+?)\s+now\b", RegexOptions.IgnoreCase)]
    private static partial Regex NewTitle();

    /// <summary>"X is now CTO at Litware": where is the account the message named, not part of the title.</summary>
    [GeneratedRegex(@"\s+at\s+\p{Lu}[\p{L}\p{N}&.'\- ]{0,40}$")]
    private static partial Regex AtTheAccount();

    [GeneratedRegex(@"(?i:contact|联系人)\s*(?i:at|for|to|on)?\s*[^:：,]*?[:：]\s*(?<name>[^,，]+)$|^(?i:please\s+)?(?i:add)\s+(?<name>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){1,2})\s*(?:$|(?i:to|at|for|as)\s)"
        // "add contact Lena Ortiz at Globex", "new contact Ian Wright for Harbor": the name right after "contact", in capitals.
        + @"|^(?i:please\s+)?(?i:add|create|new)\s+(?i:a\s+)?(?i:new\s+)?(?i:contact)\s+(?<name>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){1,2})\s*(?:$|(?i:to|at|for|as|from|with)\s)")]
    private static partial Regex HeadName();

    [GeneratedRegex(@"^(?i:(?:please|pls|also|and)\s+)*(?i:add)\s+(?i:his|her|their|our)\s+(?<title>[\p{L}-]+(?:\s[\p{L}-]+){0,2}?)(?:\s+(?<name>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}))?(?:\s+(?i:too|also|as well))?\s*$")]
    private static partial Regex TheirRole();

    [GeneratedRegex(@"^(?:(?:she|he)(?:'s| is)\s+(?:now\s+)?)?(?:their|our|the|a|an)\s+(?:new\s+)?|^新", RegexOptions.IgnoreCase)]
    private static partial Regex TitleWords();
}
