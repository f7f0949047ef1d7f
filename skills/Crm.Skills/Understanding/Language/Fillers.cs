namespace Crm.Skills.Understanding.Language;

/// <summary>Dictation noise: um, uh, er, hmm, 嗯, 呃 … and discourse fillers used as fillers only.</summary>
internal static class Fillers
{
    public static void Remove(TextEdit edit)
    {
        edit.Apply();
    }
}
