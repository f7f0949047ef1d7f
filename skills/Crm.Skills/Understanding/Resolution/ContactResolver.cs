using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Index;
using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Understanding.Resolution;

/// <summary>
/// Which contact a piece of text names: full name, first name, or a Chinese surname with an
/// honorific (王总) — within the account in context when there is one; failing a name, the account's
/// one contact whose job title the text says ("their CFO", "技术总监").
/// </summary>
public static partial class ContactResolver
{
    public static Resolved Resolve(StoreIndex index, string text, string? accountId)
    {
        var found = new List<(string Id, double Quality, string Text, string How)>();
        var mentions = accountId is null ? MentionFinder.Find(index.ContactNames, text) : AtAccount(index, text, accountId);
        foreach (var m in mentions)
        {
            // "a meeting with uh Hank no not Hank with Marcus", "是刘工不是赵经理": the person denied is not the one meant.
            if (Denied(text, m.MatchedText))
                continue;
            // A bare first or last name must look like a name (capitalised, or typed after "with", "call", "met": "call omar fri")
            // unless the account narrows it.
            if (m.Quality < 1 && accountId is null && m.Start < 10_000 && !LooksCapitalised(text, m.MatchedText) && !SaidAsAPerson(text, m.MatchedText))
                continue;
            // "add a new contact: Noah Park" is not Kevin Park: a last name said inside another full name is someone else.
            if (m.Quality < 1 && InsideAnotherFullName(text, m.MatchedText, index.Contacts[m.Id].Name, index))
                continue;
            found.Add((m.Id, m.Quality, m.MatchedText, m.Quality >= 1 ? "full name" : "first or last name"));
        }
        foreach (var h in Honorifics.FindAll(text, index.ContactsBySurname.ContainsKey))
            if (index.ContactsBySurname.TryGetValue(h.Surname, out var ids))
                found.AddRange(ids.Select(id => (id, 0.9, h.Surname + h.Title, "surname and honorific")));
        if (found.Count == 0 && accountId is not null && NameText.HasCjk(text))
            found.AddRange(TitledSurnames(index, text, accountId));
        var pool = accountId is null ? found : [.. found.Where(f => index.Contacts[f.Id].AccountId == accountId)];
        if (pool.Count == 0)
            return ByTitle(index, text, accountId);
        var best = pool.GroupBy(f => f.Id).Select(g => g.MaxBy(f => f.Quality)).OrderByDescending(f => f.Quality).ToList();
        var tied = best.Where(f => f.Quality >= best[0].Quality - 0.001).ToList();
        // Two people named in full ("met Laura Chen and Mike Ross"), or by first names at the account in context ("met
        // Raj and Emily"), are two participants, not a doubt: the first one named is the contact of record.
        if (tied.Count > 1 && (tied[0].Quality >= 1 || accountId is not null)
            && tied.Select(t => t.Text).Distinct(StringComparer.OrdinalIgnoreCase).Count() == tied.Count)
            tied = [tied.MinBy(t => text.IndexOf(t.Text, StringComparison.OrdinalIgnoreCase) is var i && i >= 0 ? i : int.MaxValue)];
        return tied.Count == 1
            ? Resolved.One(tied[0].Id, tied[0].How + (accountId is null ? "" : " at the account"), tied[0].Quality, tied[0].Text)
            : Resolved.Many([.. tied.Select(t => t.Id)], $"several contacts are called '{tied[0].Text}'", tied[0].Text);
    }

    private static bool InsideAnotherFullName(string text, string matched, string contactName, StoreIndex index)
    {
        // "add a contact there: Peter Quill, …" is not Peter Gibbons: a first name said with another last name is someone else.
        if (contactName.StartsWith(matched + " ", StringComparison.OrdinalIgnoreCase))
            return FullName().Matches(text).Any(full => string.Equals(full.Groups["first"].Value, matched, StringComparison.OrdinalIgnoreCase)
                && !SameLastName(contactName, full.Groups["last"].Value)
                && !CalendarWord().IsMatch(full.Groups["last"].Value) && !NamesAnAccount(index, full.Groups["last"].Value));
        // Only a last name: "Tailspin Ben mentioned…" is Ben, after the customer's name.
        if (!contactName.EndsWith(" " + matched, StringComparison.OrdinalIgnoreCase))
            return false;
        foreach (Match full in FullName().Matches(text))
        {
            var (first, last) = (full.Groups["first"].Value, full.Groups["last"].Value);
            // Not at the start of a sentence, where a capital says nothing ("Called Park").
            var sentenceStart = full.Index == 0 || SentenceEnd().IsMatch(text[..full.Index]);
            if (!sentenceStart && string.Equals(last, matched, StringComparison.OrdinalIgnoreCase)
                && !contactName.StartsWith(first + " ", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    [GeneratedRegex(@"(?<![\p{L}])(?<first>\p{Lu}\p{Ll}+)\s+(?<last>\p{Lu}\p{Ll}+)(?![\p{L}])")]
    private static partial Regex FullName();

    [GeneratedRegex(@"[.!?]\s*$")]
    private static partial Regex SentenceEnd();

    /// <summary>"met Jane Acme…" is Jane at Acme: a customer's name after a first name is no last name ("Quill" only looks like "Quantum").</summary>
    private static bool NamesAnAccount(StoreIndex index, string word) =>
        AccountResolver.Resolve(index, word) is { IsUnique: true, Score: >= 0.8 };

    /// <summary>"Sarah Connors" for Sarah Connor: a last name typed a little off is still hers.</summary>
    private static bool SameLastName(string contactName, string said)
    {
        var last = contactName.Split(' ')[^1];
        return last.Length >= 3 && said.StartsWith(last[..3], StringComparison.OrdinalIgnoreCase);
    }

    // "met Jane Monday": a day or month after a first name is when, not a last name.
    [GeneratedRegex(@"^(?:" + CalendarWords.EnglishWeekdays + "|" + CalendarWords.EnglishMonths + @"|today|tomorrow|yesterday|tonight)$", RegexOptions.IgnoreCase)]
    private static partial Regex CalendarWord();

    /// <summary>
    /// No one named by name: "the CFO at Contoso", "their IT guy", "云帆的技术总监" name the account's one
    /// contact with that title. Only with an account in context, and never a pick among several.
    /// </summary>
    private static Resolved ByTitle(StoreIndex index, string text, string? accountId) =>
        accountId is not null && ContactTitles.Fitting(index, text, accountId) is [var id]
            ? Resolved.One(id, "title at the account", 0.8, index.Contacts[id].Title)
            : Resolved.None;

    /// <summary>
    /// With an account in context only its few contacts can be meant, so their names are checked
    /// against the message directly instead of looking every contact with that first name up.
    /// </summary>
    private static List<Mention> AtAccount(StoreIndex index, string text, string accountId)
    {
        var tokens = NameText.Tokens(text);
        var joined = " " + string.Join(' ', tokens) + " ";
        var cjk = NameText.CjkOnly(text);
        var result = new List<Mention>();
        foreach (var contact in index.ContactsOf(accountId))
        {
            if (NameText.HasCjk(contact.Name))
            {
                var name = NameText.CjkOnly(contact.Name);
                if (name.Length >= 2 && cjk.Contains(name, StringComparison.Ordinal))
                    result.Add(new Mention(contact.Id, 1.0, 10_000, name.Length, name, "chinese name"));
                continue;
            }
            var parts = NameText.Tokens(contact.Name);
            if (parts.Length == 0)
                continue;
            var full = string.Join(' ', parts);
            if (joined.Contains(" " + full + " ", StringComparison.Ordinal))
                result.Add(new Mention(contact.Id, 1.0, 0, parts.Length, full, "name"));
            else if (joined.Contains(" " + parts[0] + " ", StringComparison.Ordinal))
                result.Add(new Mention(contact.Id, 0.8, 0, 1, parts[0], "name"));
            else if (parts.Length > 1 && joined.Contains(" " + parts[^1] + " ", StringComparison.Ordinal))
                result.Add(new Mention(contact.Id, 0.6, 0, 1, parts[^1], "name"));
        }
        return result;
    }

    /// <summary>
    /// Surname + title for the few contacts of the account in context (杨总, 何店长), for titles or
    /// surnames the general honorific reader does not know.
    /// </summary>
    private static IEnumerable<(string, double, string, string)> TitledSurnames(StoreIndex index, string text, string accountId)
    {
        foreach (var contact in index.ContactsOf(accountId))
        {
            if (contact.Name.Length < 2 || !NameText.IsCjk(contact.Name[0]))
                continue;
            var surname = contact.Name[..1];
            var at = text.IndexOf(surname, StringComparison.Ordinal);
            while (at >= 0)
            {
                if (ChineseTitle().Match(text, at + 1) is { Success: true } title && title.Index == at + 1)
                {
                    yield return (contact.Id, 0.85, surname + title.Value, "surname and title at the account");
                    break;
                }
                at = text.IndexOf(surname, at + 1, StringComparison.Ordinal);
            }
        }
    }

    [GeneratedRegex(@"总经理|总监|总|经理|工程师|工|老师|主任|店长|校长|院长|处长|局长|科长|部长|董事长|董|主管|助理|秘书|律师|教授|老板|博士|医生|先生|女士|小姐|姐|哥")]
    private static partial Regex ChineseTitle();

    /// <summary>
    /// The contact found was plainly meant as a person: named in full, by surname and title, or by a first name typed where
    /// a person goes ("with nancy"), not a capital that only starts the sentence ("Mark the deal won").
    /// </summary>
    public static bool NamedAsAPerson(string text, Resolved contact) =>
        contact is { IsUnique: true, Text: { } said } && (contact.Score >= 0.9 || SaidAsAPerson(text, said));

    /// <summary>"him", "her", "他", "她": the contact already in context.</summary>
    public static bool HasPronoun(string text) => PronounPattern().IsMatch(text);

    private static bool LooksCapitalised(string text, string key)
    {
        var at = text.IndexOf(key, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && char.IsUpper(text[at]);
    }

    private static bool Denied(string text, string name)
    {
        foreach (Match not in NotCue().Matches(text))
            if (text.AsSpan(not.Index + not.Length).StartsWith(name, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    [GeneratedRegex(@"\bnot\s+(?:with\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex NotCue();

    private static bool SaidAsAPerson(string text, string key)
    {
        foreach (Match cue in PersonCue().Matches(text).Concat(GoesTo().Matches(text)))
            if (text.AsSpan(cue.Index + cue.Length).StartsWith(key, StringComparison.OrdinalIgnoreCase)
                && (cue.Index + cue.Length + key.Length == text.Length || !char.IsLetter(text[cue.Index + cue.Length + key.Length])))
                return true;
        // "jane confirmed the budget": the message opens with the name and what the person did.
        return text.StartsWith(key, StringComparison.OrdinalIgnoreCase) && PersonDid().IsMatch(text.AsSpan(key.Length));
    }

    [GeneratedRegex(@"^\s+(?:confirmed|said|says|told|wants|wanted|asked|agreed|approved|signed|replied|called|emailed|mentioned|promised|needs|accepted|declined|rejected)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PersonDid();

    /// <summary>Words after which a lower-case word is a person: "with sofia", "call omar", "met raj", "email dana", "chase raj".</summary>
    [GeneratedRegex(@"\b(?:with|call|called|calling|ring|rang|phone|phoned|ping|pinged|email|e-mail|emailed|text|texted|meet|met|meeting|tell|told|ask|asked|cc|send|sent|give|gave|invite|invited|chase|chased|chasing|nudge|nudged|remind|reminded|thank|thanked|visit|visited|see|saw|brief|briefed|loop in|looped in)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex PersonCue();

    /// <summary>Whom a thing goes to: "send the contract to emily", "gave the quote to raj".</summary>
    [GeneratedRegex(@"\b(?:send|sent|give|gave|forward|forwarded|hand|handed|show|showed|mail|mailed|e-?mail|e-?mailed)\s+(?:[\w'-]+\s+){1,4}?to\s+", RegexOptions.IgnoreCase)]
    private static partial Regex GoesTo();

    [GeneratedRegex(@"\b(him|her|he|she)\b|[他她]", RegexOptions.IgnoreCase)]
    private static partial Regex PronounPattern();
}
