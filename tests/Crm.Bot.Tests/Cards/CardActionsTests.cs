using System.Text.Json;
using Crm.Bot.Cards;

namespace Crm.Bot.Tests.Cards;

public sealed class CardActionsTests
{
    private static JsonElement Value(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public void TryRead_UndoDataAsSent_ReadsTheChangeSet()
    {
        var sent = JsonSerializer.SerializeToElement(CardActions.UndoData(17));

        Assert.True(CardActions.TryRead(sent, out var command));
        Assert.Equal(new CardCommand(CardCommandKind.Undo, 17, null, null), command);
    }

    [Fact]
    public void TryRead_NumberAsString_IsAccepted()
    {
        Assert.True(CardActions.TryRead(Value("""{"action":"undo","changeSetId":"17"}"""), out var command));
        Assert.Equal(17, command.ChangeSetId);
    }

    [Theory]
    [InlineData("""{"action":"apply","pendingId":"p-1"}""", CardCommandKind.Apply)]
    [InlineData("""{"action":"cancel","pendingId":"p-1"}""", CardCommandKind.Cancel)]
    public void TryRead_PreviewButtons_CarryThePendingId(string json, CardCommandKind kind)
    {
        Assert.True(CardActions.TryRead(Value(json), out var command));
        Assert.Equal(new CardCommand(kind, null, "p-1", null), command);
    }

    [Fact]
    public void TryRead_PickerSelectionMergedIntoChoose_ReadsTheChoice()
    {
        Assert.True(CardActions.TryRead(Value("""{"action":"choose","choice":"D-8"}"""), out var command));
        Assert.Equal("D-8", command.Choice);
    }

    [Theory]
    [InlineData("""{"action":"choose"}""")]
    [InlineData("""{"action":"undo"}""")]
    [InlineData("""{"action":"launch","x":1}""")]
    [InlineData("""{"msteams":{"type":"task/fetch"}}""")]
    [InlineData("\"undo\"")]
    public void TryRead_IncompleteOrForeignValue_IsNotACommand(string json)
    {
        Assert.False(CardActions.TryRead(Value(json), out _));
        Assert.False(CardActions.TryRead(null, out _));
    }
}
