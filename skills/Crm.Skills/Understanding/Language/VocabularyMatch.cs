namespace Crm.Skills.Understanding.Language;

/// <summary>
/// A domain word found in a message (a deal stage, ticket priority or status, activity type).
/// Negated is true when the word is denied right before it ("not a call", "不是电话").
/// </summary>
public readonly record struct VocabularyMatch<T>(T Value, int Start, int Length, bool Negated)
    where T : struct, Enum
{
    public int EndIndex => Start + Length;
}

/// <summary>A Chinese way of naming a contact by surname and title: 王总, 李经理, 张工, 陈老师.</summary>
public readonly record struct HonorificMention(string Surname, string Title, int Start, int Length)
{
    public int EndIndex => Start + Length;
}
