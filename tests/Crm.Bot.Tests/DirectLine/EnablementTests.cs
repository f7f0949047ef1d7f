using System.Net;

namespace Crm.Bot.Tests.DirectLine;

/// <summary>Direct Line is for local and self-hosted use: off for a registered bot unless configured on.</summary>
public sealed class EnablementTests
{
    [Fact]
    public async Task RegisteredBot_NotEnabled_DirectLineAndPageAbsent()
    {
        using var app = DirectLineApp.Registered(("DirectLine:Secret", "s3cret"));
        var client = new DirectLineClient(app.CreateClient());

        var start = await client.SendAsync(HttpMethod.Post, $"{DirectLineClient.Base}/conversations", "s3cret");
        var page = await app.CreateClient().GetAsync("/");
        var users = await app.CreateClient().GetAsync("/webchat/users");

        Assert.Equal(HttpStatusCode.NotFound, start.Status);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, users.StatusCode);
    }

    [Fact]
    public async Task RegisteredBot_Enabled_SecretWorksButDemoPickerStaysOff()
    {
        using var app = DirectLineApp.Registered(("DirectLine:Enabled", "true"), ("DirectLine:Secret", "s3cret"));
        var client = new DirectLineClient(app.CreateClient());

        var start = await client.SendAsync(HttpMethod.Post, $"{DirectLineClient.Base}/conversations", "s3cret");
        var token = await app.CreateClient().PostAsync("/webchat/token", new StringContent("""{"userId":"U-OWEN"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Created, start.Status);
        Assert.Equal(HttpStatusCode.NotFound, token.StatusCode);
    }

    [Fact]
    public async Task LocalBot_Disabled_DirectLineAbsent()
    {
        using var app = DirectLineApp.Local(("DirectLine:Enabled", "false"));

        var response = await app.CreateClient().PostAsync($"{DirectLineClient.Base}/tokens/refresh", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
