namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// How one message was understood, for <c>chat --explain</c> and <c>replay --explain</c>: what it
/// was taken to ask, which words named which records and how they matched, how sure the engine
/// was, and why it asked instead of acting.
/// </summary>
public sealed record Explanation(
    string Interpretation,
    IReadOnlyList<string> Actions,
    IReadOnlyList<ExplainedReference> References,
    double Confidence,
    string? AskedBecause)
{
    public override string ToString()
    {
        var lines = new List<string> { $"understood: {Interpretation} (confidence {Confidence:0.00})" };
        lines.AddRange(Actions.Select(a => $"  action: {a}"));
        lines.AddRange(References.Select(r => $"  {r.Kind} '{r.Text}' -> {r.Id ?? "?"} ({r.How}, {r.Score:0.00})"));
        if (AskedBecause is not null)
            lines.Add($"  asked because: {AskedBecause}");
        return string.Join(Environment.NewLine, lines);
    }
}

public sealed record ExplainedReference(string Kind, string? Text, string? Id, string How, double Score);

/// <summary>Collects references as they are resolved, then freezes them into an <see cref="Explanation"/>.</summary>
public sealed class ExplanationBuilder
{
    private readonly List<ExplainedReference> _references = [];

    public void Reference(string kind, Resolution.Resolved resolved)
    {
        if (!resolved.IsNone)
            _references.Add(new(kind, resolved.Text, resolved.Id, resolved.How, resolved.Score));
    }

    public void Note(string kind, string? text, string? id, string how, double score = 1) =>
        _references.Add(new(kind, text, id, how, score));

    public Explanation Build(string interpretation, IEnumerable<string> actions, string? askedBecause = null)
    {
        var confidence = _references.Count == 0 ? (askedBecause is null ? 0.9 : 0.5) : _references.Min(r => r.Score);
        return new(interpretation, [.. actions], [.. _references], askedBecause is null ? confidence : Math.Min(confidence, 0.5), askedBecause);
    }
}
