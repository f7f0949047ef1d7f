using System.Net;
using Crm.Bot.Tests.Teams;

namespace Crm.Bot.Tests.Protocol;

/// <summary>PROTOCOLS §2.2 and §7.2: Emulator tokens name the app by token version.</summary>
public sealed class EmulatorTokenTests : IAsyncLifetime
{
    private const string EmulatorIssuerV1 = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    private const string EmulatorIssuerV2 = "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0";
    private LocalIssuer issuer = null!;
    private ConnectorSink sink = null!;
    private BotApplication bot = null!;

    public async Task InitializeAsync()
    {
        issuer = await LocalIssuer.StartAsync();
        sink = await ConnectorSink.StartAsync();
        bot = BotApplication.Registered(issuer, ("Bot:EmulatorOpenIdMetadataUrl", issuer.MetadataUrl));
        await bot.SeedAsync(BotApplication.Alex());
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await sink.DisposeAsync();
        await issuer.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(string issuerName, params (string Name, object Value)[] claims)
    {
        var activity = TeamsActivities.Personal(sink.ServiceUrl, "from the emulator");
        activity.ChannelId = "emulator";
        var spec = new TokenSpec(BotApplication.AppId, null, BotApplication.Start.AddMinutes(-5), BotApplication.Start.AddMinutes(55))
        {
            Issuer = issuerName,
            Claims = claims.ToDictionary(c => c.Name, c => c.Value),
        };
        return bot.PostAsync(activity, issuer.CreateToken(spec));
    }

    [Fact]
    public async Task EmulatorTokenVersion1_WithAppIdClaim_IsAccepted()
    {
        var response = await PostAsync(EmulatorIssuerV1, ("ver", "1.0"), ("appid", BotApplication.AppId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Turns.Inputs);
    }

    [Fact]
    public async Task EmulatorTokenVersion2_WithAzpClaim_IsAccepted()
    {
        var response = await PostAsync(EmulatorIssuerV2, ("ver", "2.0"), ("azp", BotApplication.AppId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Turns.Inputs);
    }

    [Theory]
    [InlineData("3.0", "appid")]
    [InlineData("1.0", "azp")]
    [InlineData("2.0", "appid")]
    public async Task EmulatorToken_UnknownVersionOrWrongClaim_IsRejected(string version, string claim)
    {
        var response = await PostAsync(EmulatorIssuerV1, ("ver", version), (claim, BotApplication.AppId));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Turns.Inputs);
    }

    [Fact]
    public async Task EmulatorToken_AppIdOfAnotherBot_IsRejected()
    {
        var response = await PostAsync(EmulatorIssuerV1, ("ver", "1.0"), ("appid", "00000000-0000-0000-0000-0000000000aa"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Turns.Inputs);
    }
}
