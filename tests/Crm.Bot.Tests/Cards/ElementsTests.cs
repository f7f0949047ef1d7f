using System.Text.Json.Nodes;
using Crm.Bot.Cards;
using Crm.Bot.Cards.Elements;

namespace Crm.Bot.Tests.Cards;

public sealed class ElementsTests
{
    /// <summary>One card using every builder, also run through the card check.</summary>
    internal static AdaptiveCard EveryElement() => new(
    [
        new TextBlock("Title") { Size = TextSize.Large, Weight = TextWeight.Bolder, Color = TextColor.Accent, Spacing = Spacing.Large },
        new FactSet([new("Amount", "$1,000")]) { Separator = true },
        new Container([new TextBlock("inside") { IsSubtle = true }]) { Style = ContainerStyle.Emphasis },
        new ColumnSet([new Column(ColumnWidth.Auto, [new TextBlock("a")]), new Column(ColumnWidth.Pixels(40), []) { Style = ContainerStyle.Good, MinHeight = "8px", Spacing = Spacing.None }]),
        new Table([1, 2], ["H1", "H2"], [["c1", "c2"]]),
        new ChoiceSetInput("pick", [new("One", "1"), new("Two", "2")]) { Label = "Pick", Expanded = true },
        new ActionSet([new ExecuteAction("Run", "undo", CardActions.UndoData(5)) { Style = ActionStyle.Destructive }]),
    ])
    {
        Actions = [new SubmitAction("Go", CardActions.ChooseData("1")) { Style = ActionStyle.Positive }],
        FullWidth = true,
    };

    [Fact]
    public void AdaptiveCard_Always_DeclaresVersion15AndItsSchema()
    {
        var json = new AdaptiveCard([new TextBlock("x")]).ToJson();

        Assert.Equal("""{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5","body":[{"type":"TextBlock","text":"x","wrap":true}]}""", json.ToJsonString());
    }

    [Fact]
    public void ExecuteAction_FallsBackToASubmitObjectNeverAString()
    {
        var json = new ExecuteAction("Undo", "undo", CardActions.UndoData(5)).ToJson();

        Assert.Equal("undo", (string?)json["verb"]);
        Assert.Equal(5, (long)json["data"]!["changeSetId"]!);
        var fallback = Assert.IsType<JsonObject>(json["fallback"]);
        Assert.Equal("Action.Submit", (string?)fallback["type"]);
        Assert.Equal("undo", (string?)fallback["data"]!["action"]);
    }

    [Fact]
    public void Elements_DefaultValues_AreLeftOut()
    {
        var json = EveryElement().ToJson();

        Assert.Equal("large", (string?)json["body"]![0]!["size"]);
        Assert.Equal("extraLarge", CardEnum.Name(TextSize.ExtraLarge));
        Assert.Null(json["body"]![2]!["items"]![0]!["size"]);
        Assert.Equal("40px", (string?)json["body"]![3]!["columns"]![1]!["width"]);
        Assert.Null(json["body"]![3]!["columns"]![1]!["items"]);
        Assert.Equal("Full", (string?)json["msteams"]!["width"]);
    }
}
