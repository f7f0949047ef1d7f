namespace Crm.Skills.Understanding.Language;

/// <summary>
/// The working copy of a message during normalization: the current text and, per character, its
/// index in the original message. Each pass collects ranges to drop and applies them at once.
/// </summary>
internal sealed class TextEdit
{
    private readonly string _original;
    private readonly List<(int Start, int Length)> _pending = [];
    private int[] _map;

    public TextEdit(string original, string folded)
    {
        _original = original;
        Text = folded;
        _map = new int[folded.Length];
        for (var i = 0; i < _map.Length; i++)
        {
            _map[i] = i;
        }
    }

    public string Text { get; private set; }

    /// <summary>Marks a range of the current text for removal at the next <see cref="Apply"/>.</summary>
    public void Drop(int start, int length)
    {
        if (length > 0)
        {
            _pending.Add((start, length));
        }
    }

    /// <summary>
    /// Puts another character in place of one. The text keeps its length, so every index, and every range already
    /// marked to drop, stays where it was: nothing is applied first.
    /// </summary>
    public void Substitute(int index, char replacement)
    {
        Text = string.Create(Text.Length, (Text, index, replacement), static (span, state) =>
        {
            state.Text.AsSpan().CopyTo(span);
            span[state.index] = state.replacement;
        });
    }

    /// <summary>Removes every marked range (overlaps allowed) in one pass.</summary>
    public void Apply()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var keep = new bool[Text.Length];
        Array.Fill(keep, true);
        foreach (var (start, length) in _pending)
        {
            for (var i = start; i < start + length && i < keep.Length; i++)
            {
                keep[i] = false;
            }
        }

        _pending.Clear();
        var chars = new char[Text.Length];
        var map = new int[Text.Length];
        var n = 0;
        for (var i = 0; i < keep.Length; i++)
        {
            if (keep[i])
            {
                chars[n] = Text[i];
                map[n++] = _map[i];
            }
        }

        Text = new string(chars, 0, n);
        _map = map[..n];
    }

    /// <summary>Trims, turns runs of spaces into one, and drops spaces before , . ! ? and around ideographs' punctuation.</summary>
    public void CollapseWhitespace()
    {
        Apply();
        var t = Text;
        for (var i = 0; i < t.Length; i++)
        {
            if (t[i] != ' ')
            {
                continue;
            }

            var atEdge = i == 0 || i == t.Length - 1;
            var doubled = i + 1 < t.Length && t[i + 1] == ' ';
            var beforePunct = i + 1 < t.Length && t[i + 1] is ',' or '.' or '!' or '?' or ';' or ':' && (i + 2 >= t.Length || !char.IsAsciiDigit(t[i + 2]));
            if (atEdge || doubled || beforePunct)
            {
                Drop(i, 1);
            }
        }

        Apply();
        var trimmed = Text.Trim(' ', ',');
        if (trimmed.Length != Text.Length)
        {
            var lead = Text.Length - Text.TrimStart(' ', ',').Length;
            Drop(0, lead);
            Drop(lead + trimmed.Length, Text.Length - lead - trimmed.Length);
            Apply();
        }
    }

    public NormalizedText ToNormalized()
    {
        Apply();
        return new NormalizedText(_original, Text, _map);
    }
}
