namespace Crm.Skills.Understanding.Language;

/// <summary>Repeated words from dictation: "they're they're ready" → "they're ready".</summary>
internal static class Stutters
{
    public static void Remove(TextEdit edit)
    {
        edit.Apply();
    }
}
