using Crm.Data.Deals;
using Crm.Data.Users;
using Crm.Skills.Understanding.Index;
using Crm.Skills.Understanding.Resolution;

namespace Crm.Skills.Tests.Understanding;

/// <summary>Names found in messages through the index: full names, aliases, partial names, typos, Chinese substrings.</summary>
public sealed class StoreIndexTests
{
    private static readonly StoreIndex Index = StoreIndexBuilder.Build(
        [
            new("A-1", "Brightwater Analytics Inc", "U-1", "USD", null, ["BWA"]),
            new("A-2", "Brightwater Shipping", "U-1", "USD", null, []),
            new("A-3", "Kestrel Foods", "U-1", "USD", null, []),
            new("A-4", "苏州远航精密机械有限公司", "U-1", "CNY", "苏州", ["远航精密"]),
            new("A-5", "苏州远航物流有限公司", "U-1", "CNY", "苏州", []),
        ],
        [new("C-1", "A-3", "Priyanka Rao"), new("C-2", "A-4", "宋建国"), new("C-3", "A-5", "宋丽")],
        [
            new("D-1", "A-3", "Kestrel cold storage", "U-1", DealStage.Proposal, "USD"), new("D-2", "A-3", "Kestrel delivery app", "U-1", DealStage.Won, "USD"),
            new("D-3", "A-1", "Brightwater platform renewal", "U-1", DealStage.Negotiation, "USD"), new("D-4", "A-1", "Brightwater reporting add-on", "U-1", DealStage.Proposal, "USD"),
        ],
        [new("U-1", "Riley Chen", UserRole.Rep, "West", null, "UTC", "en-US")]);

    [Theory]
    [InlineData("call with the Kestrel team", "A-3")]
    [InlineData("log a visit to Kestrl Foods", "A-3")]
    [InlineData("BWA wants a quote", "A-1")]
    [InlineData("brightwater shipping renewal", "A-2")]
    [InlineData("远航精密的单子", "A-4")]
    [InlineData("远航物流那边", "A-5")]
    public void Account_NamedByNameAliasTypoOrChineseSubstring_IsFound(string text, string expected) =>
        Assert.Equal(expected, AccountResolver.Resolve(Index, text).Id);

    [Theory]
    [InlineData("Brightwater called")]
    [InlineData("远航的宋总")]
    public void Account_PartialNameSharedByTwo_IsAmbiguous(string text) =>
        Assert.True(AccountResolver.Resolve(Index, text).IsAmbiguous);

    [Fact]
    public void Deal_NotNamed_IsTheAccountsOnlyOpenDeal() =>
        Assert.Equal("D-1", DealResolver.Resolve(Index, "it slipped", "A-3", null, needed: true).Id);

    [Fact]
    public void Deal_LittleWordsOfItsName_DoNotNameIt() =>
        Assert.True(DealResolver.Resolve(Index, "next step is a call on Thursday", "A-1", null, needed: true).IsAmbiguous);

    [Fact]
    public void Deal_NamedByAHyphenatedPairOfLittleWords_IsFound() =>
        Assert.Equal("D-4", DealResolver.Resolve(Index, "the add-on slipped", "A-1", null, needed: true).Id);

    [Fact]
    public void Contact_FirstNameWithinAccount_IsFound() =>
        Assert.Equal("C-1", ContactResolver.Resolve(Index, "spoke to priyanka", "A-3").Id);
}
