namespace Crm.Skills.Understanding.Language;

/// <summary>Chinese surname + title: 王总, 李经理, 张工, 陈老师, 马校长, 欧阳总.</summary>
public static class Honorifics
{
    /// <summary>Every surname + title in the text, in order.</summary>
    public static IReadOnlyList<HonorificMention> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [];
    }
}
