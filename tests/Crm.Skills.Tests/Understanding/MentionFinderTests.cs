using Crm.Skills.Understanding.Index;

namespace Crm.Skills.Tests.Understanding;

/// <summary>Which words of a message name records: n-grams and Chinese substrings looked up in a <see cref="NameTable"/>.</summary>
public sealed class MentionFinderTests
{
    private static NameTable Table()
    {
        var table = new NameTable();
        table.Add("Northwind Traders", "A-1", 1.0);
        table.Add("Northwind", "A-2", 0.9);
        table.Add("Harbor Lane Bakery", "A-3", 1.0);
        table.Add("青松科技", "A-4", 1.0);
        table.Add("青松", "A-5", 0.8);
        return table;
    }

    [Fact]
    public void Find_NameOfSeveralWords_IsOneMentionWithItsPlaceInTheMessage()
    {
        var mention = Assert.Single(MentionFinder.Find(Table(), "Logged a call with harbor lane bakery today"));

        Assert.Equal(("A-3", 4, 3, "harbor lane bakery"), (mention.Id, mention.Start, mention.Length, mention.MatchedText));
    }

    [Fact]
    public void Find_LongerNameCoveringAShorterOne_WinsAlone()
    {
        var mention = Assert.Single(MentionFinder.Find(Table(), "moving the Northwind Traders deal"));

        Assert.Equal(("A-1", "northwind traders"), (mention.Id, mention.MatchedText));
    }

    [Fact]
    public void Find_ChineseName_IsFoundInsideTheSentenceAndTheLongestWins()
    {
        var mention = Assert.Single(MentionFinder.Find(Table(), "刚和青松科技开完会"));

        Assert.Equal(("A-4", "青松科技"), (mention.Id, mention.MatchedText));
    }

    [Fact]
    public void Find_NoKnownName_FindsNothing()
    {
        Assert.Empty(MentionFinder.Find(Table(), "what's my pipeline this quarter? 我的销售漏斗"));
    }

    [Fact]
    public void LookUp_KeyNotHeld_IsEmptyAndAlwaysTheSameEmptyList()
    {
        var table = Table();

        Assert.Empty(table.Latin("nobody"));
        Assert.Same(table.Latin("nobody"), table.Cjk("无名"));
        Assert.Equal("A-2", Assert.Single(table.Latin("northwind")).Id);
    }
}
