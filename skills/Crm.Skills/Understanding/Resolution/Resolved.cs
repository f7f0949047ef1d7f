namespace Crm.Skills.Understanding.Resolution;

/// <summary>
/// The outcome of resolving one reference: exactly one record (<see cref="Id"/>), several that fit
/// equally (<see cref="Candidates"/>, so the engine asks), or nothing said at all.
/// </summary>
public sealed record Resolved(string? Id, IReadOnlyList<string> Candidates, string How, double Score, string? Text)
{
    public static readonly Resolved None = new(null, [], "not mentioned", 0, null);

    public bool IsUnique => Id is not null;
    public bool IsAmbiguous => Id is null && Candidates.Count > 1;
    public bool IsNone => Id is null && Candidates.Count == 0;

    public static Resolved One(string id, string how, double score, string? text) => new(id, [id], how, score, text);

    public static Resolved Many(IReadOnlyList<string> ids, string how, string? text) =>
        ids.Count == 1 ? One(ids[0], how, 1, text) : ids.Count == 0 ? None : new(null, ids, how, 0, text);
}
