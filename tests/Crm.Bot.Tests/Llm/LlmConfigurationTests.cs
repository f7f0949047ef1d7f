using Crm.Bot.Llm;
using Crm.Skills.Understanding;
using Crm.Skills.Understanding.Llm;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bot.Tests.Llm;

public sealed class LlmConfigurationTests
{
    [Fact]
    public async Task NoLlmSettings_TheEmbeddedEngineRunsAlone()
    {
        await using var bot = await LlmBot.StartAsync(null, mode: null, ("Llm:ApiKey", null), ("Llm:Model", null));
        await using var scope = bot.Services.CreateAsyncScope();

        Assert.IsType<EmbeddedUnderstanding>(scope.ServiceProvider.GetRequiredService<IMessageUnderstanding>());
        Assert.Null(bot.Services.GetService<Microsoft.Extensions.AI.IChatClient>());
    }

    [Theory]
    [InlineData(null, null, LlmMode.Off)]
    [InlineData("http://127.0.0.1:9/v1/", null, LlmMode.Hybrid)]
    [InlineData("http://127.0.0.1:9/v1/", "LLM", LlmMode.Llm)]
    [InlineData("http://127.0.0.1:9/v1/", "embedded", LlmMode.Off)]
    public void Mode_FromEndpointAndSetting_IsAsDocumented(string? endpoint, string? mode, LlmMode expected)
    {
        var options = new LlmOptions { Endpoint = endpoint, Mode = mode };

        Assert.Equal(expected, options.ParsedMode());
    }

    [Fact]
    public async Task EndpointWithoutModel_IsRefusedAtStartWithTheSettingToAdd()
    {
        var error = await Assert.ThrowsAsync<LlmConfigurationException>(() => LlmBot.StartAsync(null, "llm", ("Llm:Endpoint", "http://127.0.0.1:9/v1/"), ("Llm:Model", null)));

        Assert.Contains("Llm__Model", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Llm:Endpoint", "not a url", "Llm__Endpoint")]
    [InlineData("Llm:Endpoint", "ftp://127.0.0.1/v1/", "Llm__Endpoint")]
    [InlineData("Llm:Authority", "http://login.example/", "Llm__Authority")]
    public async Task MalformedUrlSetting_IsRefusedAtStartWithTheSettingToFix(string key, string value, string named)
    {
        var error = await Assert.ThrowsAsync<LlmConfigurationException>(() => LlmBot.StartAsync(null, "llm", ("Llm:Endpoint", "http://127.0.0.1:9/v1/"), (key, value)));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
