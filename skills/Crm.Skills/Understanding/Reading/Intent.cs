namespace Crm.Skills.Understanding.Reading;

/// <summary>What one clause of a message asks for. None means it only adds detail to the clause before it.</summary>
public enum Intent
{
    None,
    LogActivity,
    UpdateDeal,
    CreateDeal,
    CreateTask,
    CompleteTask,
    CreateTicket,
    UpdateTicket,
    CreateContact,
    UpdateContact,
}

/// <summary>
/// A run of the message that asks for one thing: its first segment carries the request, the rest
/// are details that belong to it ("…, he says the PO should go out next week").
/// </summary>
public sealed record Clause(Intent Intent, IReadOnlyList<string> Segments)
{
    public string Text => string.Join(", ", Segments);

    public string Head => Segments[0];

    public string Details => string.Join(", ", Segments.Skip(1));
}
