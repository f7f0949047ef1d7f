namespace Crm.Skills.Results;

/// <summary>The refusals skills give for bad input, with the facts a renderer needs.</summary>
public static class Refusals
{
    public static RefusalResult NotFound(string entity, string id) =>
        new(RefusalReason.NotFound, $"There is no {Singular(entity)} with id {id}.") { Entity = entity, RecordId = id };

    public static RefusalResult Invalid(string entity, string field, string? value, string why) =>
        new(RefusalReason.InvalidValue, why) { Entity = entity, Field = field, Value = value };

    private static string Singular(string entity) => entity switch
    {
        "activities" => "activity",
        "accounts" => "account",
        _ => entity.TrimEnd('s'),
    };
}
