namespace Crm.Skills.Understanding.Language;

/// <summary>
/// A message after <see cref="TextNormalizer.Normalize"/>: the cleaned text and, for each of its
/// characters, the index of the character it came from in the original message.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[] _map;

    internal NormalizedText(string original, string text, int[] map)
    {
        Original = original;
        Text = text;
        _map = map;
    }

    public string Original { get; }

    public string Text { get; }

    /// <summary>The index in <see cref="Original"/> of the character at <paramref name="index"/> in <see cref="Text"/>.</summary>
    public int ToOriginal(int index) =>
        index >= _map.Length ? Original.Length : _map[Math.Max(0, index)];

    public override string ToString() => Text;
}
