using System.Net;
using System.Security.Cryptography;
using Crm.Bot.Tests.Teams;
using Crm.Data.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace Crm.Bot.Tests.Protocol;

/// <summary>PROTOCOLS §7.1: every rejection of §2.1 stops the request before any bot code runs.</summary>
public sealed class InboundAuthenticationTests : IAsyncLifetime
{
    private LocalIssuer issuer = null!;
    private ConnectorSink sink = null!;
    private BotApplication bot = null!;

    public async Task InitializeAsync()
    {
        issuer = await LocalIssuer.StartAsync();
        sink = await ConnectorSink.StartAsync();
        bot = BotApplication.Registered(issuer);
        await bot.SeedAsync(BotApplication.Alex());
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await sink.DisposeAsync();
        await issuer.DisposeAsync();
    }

    private TokenSpec Valid() => new(BotApplication.AppId, sink.ServiceUrl, BotApplication.Start.AddMinutes(-10), BotApplication.Start.AddMinutes(50));

    [Fact]
    public async Task ValidToken_Message_RunsTurnAndRepliesWithBotToken()
    {
        var response = await bot.PostAsync(TeamsActivities.Personal(sink.ServiceUrl, "hello there"), issuer.CreateToken(Valid()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await sink.WaitForMessagesAsync(1));
        Assert.Equal("Bearer bot-token-1", reply.Authorization);
        Assert.Equal("echo: hello there", reply.Body!.Value.GetProperty("text").GetString());
        Assert.Single(bot.Turns.Inputs);
    }

    [Theory]
    [InlineData("no Authorization header")]
    [InlineData("scheme not exactly Bearer")]
    [InlineData("alg none")]
    [InlineData("a second space after the token")]
    [InlineData("alg HS256")]
    [InlineData("wrong issuer")]
    [InlineData("wrong audience")]
    [InlineData("expired beyond 5 minutes")]
    [InlineData("not valid for 6 more minutes")]
    [InlineData("unknown key id")]
    [InlineData("bad signature")]
    [InlineData("channel not endorsed")]
    [InlineData("serviceurl claim missing")]
    [InlineData("serviceurl claim different")]
    public async Task BadToken_Message_IsRejectedBeforeAnyProcessing(string flaw)
    {
        var activity = TeamsActivities.Personal(sink.ServiceUrl, "remind me to call back");
        var spec = Valid();
        var scheme = "Bearer";
        string? token = null;
        switch (flaw)
        {
            case "no Authorization header": break;
            case "scheme not exactly Bearer": scheme = "bearer"; token = issuer.CreateToken(spec); break;
            case "a second space after the token": token = issuer.CreateToken(spec) + " extra"; break;
            case "alg none": token = LocalIssuer.UnsignedToken(spec); break;
            case "alg HS256":
                token = issuer.CreateToken(spec with { Algorithm = SecurityAlgorithms.HmacSha256, SigningKey = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = "key-1" } });
                break;
            case "wrong issuer": token = issuer.CreateToken(spec with { Issuer = "https://sts.example.test/" }); break;
            case "wrong audience": token = issuer.CreateToken(spec with { Audience = "00000000-0000-0000-0000-000000000001" }); break;
            case "expired beyond 5 minutes": token = issuer.CreateToken(spec with { NotBefore = BotApplication.Start.AddHours(-1), Expires = BotApplication.Start.AddMinutes(-6) }); break;
            case "not valid for 6 more minutes": token = issuer.CreateToken(spec with { NotBefore = BotApplication.Start.AddMinutes(6), Expires = BotApplication.Start.AddHours(1) }); break;
            case "unknown key id": token = issuer.CreateToken(spec with { SigningKey = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "stranger" } }); break;
            case "bad signature": token = issuer.CreateToken(spec with { SigningKey = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "key-1" } }); break;
            case "channel not endorsed": activity.ChannelId = "slack"; token = issuer.CreateToken(spec); break;
            case "serviceurl claim missing": token = issuer.CreateToken(spec with { ServiceUrl = null }); break;
            case "serviceurl claim different": token = issuer.CreateToken(spec with { ServiceUrl = "https://smba.example.test/teams/" }); break;
            default: throw new ArgumentOutOfRangeException(nameof(flaw));
        }

        var response = await bot.PostRawAsync(Crm.Bot.Protocol.ActivityJson.Serialize(activity), token, scheme);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        await Task.Delay(200);
        Assert.Empty(bot.Turns.Inputs);
        Assert.Empty(sink.Requests);
        Assert.Empty(issuer.TokenRequests);
        Assert.Equal(0, await bot.QueryAsync(db => db.Tasks.CountAsync()));
        Assert.Equal(0, await bot.QueryAsync(db => db.Set<ProcessedActivity>().CountAsync()));
    }

    [Theory]
    [InlineData(4, 60)]
    [InlineData(-70, -4)]
    public async Task TokenWithinFiveMinuteSkew_Message_IsAccepted(int notBeforeMinutes, int expiresMinutes)
    {
        var token = issuer.CreateToken(Valid() with { NotBefore = BotApplication.Start.AddMinutes(notBeforeMinutes), Expires = BotApplication.Start.AddMinutes(expiresMinutes) });

        var response = await bot.PostAsync(TeamsActivities.Personal(sink.ServiceUrl, "hi"), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Turns.Inputs);
    }

    [Fact]
    public async Task RotatedKey_UnknownKidTriggersRefresh_IsAccepted()
    {
        await bot.PostAsync(TeamsActivities.Personal(sink.ServiceUrl, "first"), issuer.CreateToken(Valid()));
        var rotated = issuer.AddKey("key-2", "msteams");

        var response = await bot.PostAsync(TeamsActivities.Personal(sink.ServiceUrl, "second"), issuer.CreateToken(Valid() with { SigningKey = rotated }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, issuer.KeySetRequests);
        Assert.Equal(2, bot.Turns.Inputs.Count);
    }

    [Fact]
    public async Task KnownKid_SecondRequest_UsesCachedKeys()
    {
        await bot.PostAsync(TeamsActivities.Personal(sink.ServiceUrl, "first"), issuer.CreateToken(Valid()));
        await bot.PostAsync(TeamsActivities.Personal(sink.ServiceUrl, "second"), issuer.CreateToken(Valid()));

        Assert.Equal(1, issuer.KeySetRequests);
    }

    [Fact]
    public async Task AcceptedToken_AfterItExpired_IsRejected()
    {
        var token = issuer.CreateToken(Valid() with { Expires = BotApplication.Start.AddMinutes(2) });
        await bot.PostAsync(TeamsActivities.Personal(sink.ServiceUrl, "first"), token);
        bot.Clock.Now = BotApplication.Start.AddMinutes(7).AddSeconds(1);

        var response = await bot.PostAsync(TeamsActivities.Personal(sink.ServiceUrl, "second"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Single(bot.Turns.Inputs);
    }

    [Fact]
    public async Task AcceptedToken_AfterItsKeyWasWithdrawn_IsRejected()
    {
        var token = issuer.CreateToken(Valid());
        await bot.PostAsync(TeamsActivities.Personal(sink.ServiceUrl, "first"), token);
        issuer.AddKey("key-2", "msteams");
        issuer.RemoveKey("key-1");
        // A token signed with a key the bot has not seen makes it read the key set again.
        await bot.PostAsync(TeamsActivities.Personal(sink.ServiceUrl, "stranger"), issuer.CreateToken(Valid() with { SigningKey = issuer.AddKey("key-3", "msteams") }));

        var response = await bot.PostAsync(TeamsActivities.Personal(sink.ServiceUrl, "second"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(["first", "stranger"], bot.Turns.Inputs.Select(i => i.Text));
    }

    [Fact]
    public async Task AcceptedToken_WithAnotherSignature_IsRejected()
    {
        var token = issuer.CreateToken(Valid());
        await bot.PostAsync(TeamsActivities.Personal(sink.ServiceUrl, "first"), token);
        var forged = token[..token.LastIndexOf('.')] + "." + Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(256));

        var response = await bot.PostAsync(TeamsActivities.Personal(sink.ServiceUrl, "second"), forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Single(bot.Turns.Inputs);
    }

    [Fact]
    public async Task AcceptedToken_ForAnotherServiceUrl_IsForbidden()
    {
        var token = issuer.CreateToken(Valid());
        await bot.PostAsync(TeamsActivities.Personal(sink.ServiceUrl, "first"), token);

        var response = await bot.PostAsync(TeamsActivities.Personal("https://smba.example.test/teams/", "second"), token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Single(bot.Turns.Inputs);
    }

    [Fact]
    public async Task ConfiguredIssuers_TokenFromSecondIssuer_IsAccepted()
    {
        await using var configured = BotApplication.Registered(issuer, ("Bot:ValidIssuers", "https://api.botframework.com, https://sts.example.test/"));
        await configured.SeedAsync(BotApplication.Alex());

        var response = await configured.PostAsync(TeamsActivities.Personal(sink.ServiceUrl, "hi"), issuer.CreateToken(Valid() with { Issuer = "https://sts.example.test/" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(configured.Turns.Inputs);
    }
}
