using System.Text.Json.Nodes;

namespace Crm.Bot.Cards.Elements;

/// <summary>A button on a card.</summary>
public abstract record CardAction(string Title)
{
    public ActionStyle Style { get; init; }

    public abstract JsonObject ToJson();

    protected JsonObject Start(string type)
    {
        var json = new JsonObject { ["type"] = type, ["title"] = Title };
        if (Style != ActionStyle.Default)
            json["style"] = CardEnum.Name(Style);
        return json;
    }
}

/// <summary>
/// Action.Submit with object data: Teams and Web Chat both send it back as a message whose
/// <c>value</c> is the data merged with the card's input values (never as text). The portable choice,
/// because Web Chat cannot do Action.Execute.
/// </summary>
public sealed record SubmitAction(string Title, JsonObject Data) : CardAction(Title)
{
    public override JsonObject ToJson()
    {
        var json = Start("Action.Submit");
        json["data"] = Data.DeepClone();
        return json;
    }
}

/// <summary>
/// Universal Action (Teams invoke <c>adaptiveCard/action</c>). Older Teams clients fall back to
/// the same data as Action.Submit; the fallback must be an action object, never the string form.
/// </summary>
public sealed record ExecuteAction(string Title, string Verb, JsonObject Data) : CardAction(Title)
{
    public override JsonObject ToJson()
    {
        var json = Start("Action.Execute");
        json["verb"] = Verb;
        json["data"] = Data.DeepClone();
        json["fallback"] = new SubmitAction(Title, Data) { Style = Style }.ToJson();
        return json;
    }
}

/// <summary>Buttons inside the body, e.g. one row of choices under a question.</summary>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement
{
    public override JsonObject ToJson()
    {
        var json = Start("ActionSet");
        json["actions"] = new JsonArray([.. Actions.Select(a => (JsonNode)a.ToJson())]);
        return json;
    }
}
