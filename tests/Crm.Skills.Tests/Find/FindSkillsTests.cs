using Crm.Skills.Contacts;
using Crm.Skills.Find;
using Crm.Skills.Understanding.Index;
using Crm.Skills.Results;
using Crm.Skills.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Skills.Tests.Find;

public sealed class FindSkillsTests
{
    [Theory]
    [InlineData("Northbridge", "ACC-NB")]
    [InlineData("northbrige", "ACC-NB")]
    [InlineData("Nortbridge logistics", "ACC-NB")]
    [InlineData("NBL", "ACC-NB")]
    [InlineData("星河", "ACC-XH")]
    [InlineData("星河数据", "ACC-XH")]
    [InlineData("星和数据科技", "ACC-XH")]
    [InlineData("eastwnd", "ACC-EW")]
    [InlineData("t-501", "T-501")]
    [InlineData("D-1002", "D-1002")]
    [InlineData("maria", "CON-001")]
    [InlineData("Maria Lopes", "CON-001")]
    [InlineData("赵敏", "CON-003")]
    [InlineData("fleet tracking", "D-1001")]
    public async Task Find_ByNameAliasPartOrTypo_RanksTheRecordFirst(string query, string expectedId)
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        var turn = await store.SendAsync<FindSkills>("U-REP", s => s.FindAsync(query));

        Assert.Equal(expectedId, turn.Result<FindResult>().Matches.First().Id);
    }

    [Fact]
    public async Task Find_ContactBySurnameAtAnAccount_FindsTheChineseContact()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard().Contact("CON-009", "ACC-NB", "赵磊"));

        var turn = await store.SendAsync<FindSkills>("U-ZH", s => s.FindAsync("赵", FindKind.Contact, "ACC-XH"));

        var match = Assert.Single(turn.Result<FindResult>().Matches);
        Assert.Equal(("CON-003", "ACC-XH"), (match.Id, match.AccountId));
    }

    [Fact]
    public async Task Find_ACommonSurnameAtOneAccount_IsNotCrowdedOutByTheSameSurnameElsewhere()
    {
        await using var store = await TestStore.CreateAsync(s =>
        {
            s.Standard().Account("ACC-BIG", "大众贸易", "U-ZH");
            for (var i = 0; i < 600; i++)
                s.Contact($"CON-{100 + i}", "ACC-BIG", "王" + (char)('一' + i));
            s.Contact("CON-999", "ACC-XH", "王建华");
        });

        var turn = await store.SendAsync<FindSkills>("U-ZH", s => s.FindAsync("王", FindKind.Contact, "ACC-XH"));

        Assert.Equal("CON-999", Assert.Single(turn.Result<FindResult>().Matches).Id);
    }

    [Fact]
    public async Task Find_AnAmbiguousName_ReturnsEveryCandidateBestFirst()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard().Account("ACC-NB2", "Northbridge Marine", "U-REP2"));

        var turn = await store.SendAsync<FindSkills>("U-REP", s => s.FindAsync("northbridge", FindKind.Account));

        var matches = turn.Result<FindResult>().Matches;
        Assert.Equal(["ACC-NB", "ACC-NB2"], matches.Select(m => m.Id));
        Assert.True(matches[0].Score > matches[1].Score);
    }

    [Fact]
    public async Task Find_UnrelatedWords_FindsNothing()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());

        var turn = await store.SendAsync<FindSkills>("U-REP", s => s.FindAsync("zebra"));

        Assert.Empty(turn.Result<FindResult>().Matches);
    }

    [Fact]
    public async Task Find_AfterAContactIsAdded_FindsItWithoutARebuild()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        await store.SendAsync<FindSkills>("U-REP", s => s.FindAsync("maria"));

        await store.SendAsync<ContactSkills>("U-REP", s => s.AddContactAsync("ACC-EW", "Priya Raman"));
        var turn = await store.SendAsync<FindSkills>("U-REP", s => s.FindAsync("priya"));

        Assert.Equal("CON-004", turn.Result<FindResult>().Matches.First().Id);
    }

    [Fact]
    public async Task Find_AmongTenThousandAccounts_StillToleratesTypos()
    {
        string[] first = ["North", "South", "Blue", "Red", "Silver", "Golden", "Pine", "Oak", "River", "Stone"];
        string[] second = ["field", "gate", "wood", "brook", "ridge", "haven", "crest", "vale", "mont", "ford"];
        string[] kind = ["Logistics", "Foods", "Systems", "Retail", "Labs", "Health", "Energy", "Media", "Motors", "Textiles"];
        await using var store = await TestStore.CreateAsync(s =>
        {
            s.People().ManyAccounts(Enumerable.Range(0, 10_000)
                .Select(i => ($"ACC-{i:00000}", $"{first[i % 10]}{second[i / 10 % 10]} {kind[i / 100 % 10]} {i / 1000}", "U-REP")));
        });
        await using var scope = store.Services.CreateAsyncScope();
        var find = scope.ServiceProvider.GetRequiredService<FindSkills>();
        await find.FindAsync("warm up the index");

        var found = Assert.IsType<FindResult>(await find.FindAsync("Silverbrok Textiles 7"));

        // Speed is measured by `bench understanding`, not by a timed test.
        Assert.Equal("Silverbrook Textiles 7", found.Matches.First().Name);
    }

    [Fact]
    public void Score_OfAPrefix_BeatsATypoAndExactBeatsBoth()
    {
        var exact = NameScore.Score("acme", "acme");
        var prefix = NameScore.Score("acme", "acme robotics");
        var typo = NameScore.Score("acmee", "acme");

        Assert.True(exact > prefix && prefix > typo && typo > 0, $"{exact} {prefix} {typo}");
    }

    [Fact]
    public void Normalize_FoldsCaseAccentsPunctuationAndFullWidth() =>
        Assert.Equal("cafe deja vu 2", NameText.Normalize("  Café, Déjà-Vu  ２ "));
}
