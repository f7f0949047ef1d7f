using Crm.Skills.Results;
using Crm.Skills.Understanding.Engine;
using Crm.Skills.Understanding.Plan;

namespace Crm.Skills.Understanding.Llm;

/// <summary>
/// What the model made of a message: writes to apply together, writes to offer as choices, read
/// results to show, and its own short reply (shown only when nothing else answers the user).
/// </summary>
public sealed record ModelAnswer(
    IReadOnlyList<SkillCall> Writes,
    IReadOnlyList<SkillCall> Offers,
    IReadOnlyList<SkillResult> Shown,
    string? Text,
    bool Transcript) : Understood
{
    /// <summary>Each offer as the change it would make, for the host to word like a change card.</summary>
    public IReadOnlyList<RecordChange> OfferChanges { get; init; } = [];

    /// <summary>The model's own words worth showing beside its writes (see <see cref="ModelRemark"/>), or null.</summary>
    public string? Remark { get; init; }

    /// <summary>Set when the model asked a question instead of acting: the message it is about.</summary>
    public string? AskedAbout { get; init; }
}
