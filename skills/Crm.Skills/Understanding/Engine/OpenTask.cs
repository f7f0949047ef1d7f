namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// One of the acting user's open tasks, as far as finding it by what was said needs: "done with the
/// proposal reminder" is matched against titles and the records the task is about.
/// </summary>
public sealed record OpenTask(string Id, string Title, DateOnly? DueAt, string? AccountId, string? DealId, string? ContactId);
