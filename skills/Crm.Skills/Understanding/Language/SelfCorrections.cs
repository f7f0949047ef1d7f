namespace Crm.Skills.Understanding.Language;

/// <summary>"ninety thousand no wait ninety five thousand", "三十万，哦不，三十五万": keep the corrected value.</summary>
internal static class SelfCorrections
{
    public static void Apply(TextEdit edit)
    {
        edit.Apply();
    }
}
