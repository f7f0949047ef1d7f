namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// Raised while reading a request when a reference fits several records or a required value is
/// missing; the engine turns it into one short question. Never escapes the engine.
/// </summary>
public sealed class NeedsAnswerException(SlotKind slot, IReadOnlyList<string> candidateIds, string reason) : Exception(reason)
{
    public SlotKind Slot { get; } = slot;
    public IReadOnlyList<string> CandidateIds { get; } = candidateIds;
    /// <summary>For a missing value: which field ("amount", "account"…).</summary>
    public string? Field { get; init; }
    /// <summary>For a date asked again: the month and day said that does not exist ("Nov 31").</summary>
    public Language.NoSuchDate? NoSuchDate { get; init; }
    /// <summary>For a date asked: a part of a month or a week was said ("十二月初", "early December"), not a day.</summary>
    public bool DayNotSaid { get; init; }
    /// <summary>For an amount said in another currency: the deal's currency, which the amount is asked in.</summary>
    public string? Currency { get; init; }
    /// <summary>For "which account?": the person the message named, who is at another customer than the one named.</summary>
    public string? PersonElsewhere { get; init; }
    /// <summary>How to show candidates the store index does not hold (tasks), by id.</summary>
    public IReadOnlyDictionary<string, string> Titles { get; init; } = new Dictionary<string, string>();
}

/// <summary>Raised when a value the user gave cannot be written (a malformed e-mail or phone number).</summary>
public sealed class InvalidValueException(string field, string value, string reason) : Exception(reason)
{
    public string Field { get; } = field;
    public string Value { get; } = value;
}

/// <summary>
/// Raised when the message asks for a kind of write the user's role may never make (support and deals): refused at once,
/// rather than after asking for a detail it lacks ("coho wants to upgrade their support plan, create a deal for 5k").
/// </summary>
public sealed class RoleForbidsException(Permissions.WriteAction action) : Exception($"the user's role may never {action}")
{
    public Permissions.WriteAction Action { get; } = action;
}

/// <summary>
/// Raised when the message points at something of the user's that is not there ("done with the
/// budget reminder" and no such open task): said plainly in the message's language, nothing written.
/// </summary>
public sealed class NothingMatchesException(string english, string chinese) : Exception(english)
{
    public string Chinese { get; } = chinese;
}
