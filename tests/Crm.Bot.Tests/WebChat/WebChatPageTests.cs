using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Crm.Bot.Tests.DirectLine;

namespace Crm.Bot.Tests.WebChat;

/// <summary>The page at / and its small JSON endpoints, over HTTP through the host.</summary>
public sealed class WebChatPageTests
{
    [Fact]
    public async Task Page_BundleMissing_ExplainsHowToInstallAndServesNoScript()
    {
        using var app = DirectLineApp.Local(("WebChat:BundlePath", Path.Combine(Path.GetTempPath(), $"absent-{Guid.NewGuid():N}.js")));
        var http = app.CreateClient();

        var page = await http.GetStringAsync("/");
        var bundle = await http.GetAsync("/webchat/webchat.js");

        Assert.Contains("id=\"missing-bundle\"", page, StringComparison.Ordinal);
        Assert.Contains("npm ci", page, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"webchat/webchat.js\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, bundle.StatusCode);
    }

    [Fact]
    public async Task Page_BundlePresent_LoadsItFromTheBotItself()
    {
        var path = Path.Combine(Path.GetTempPath(), $"webchat-{Guid.NewGuid():N}.js");
        await File.WriteAllTextAsync(path, "window.WebChat = {};");
        try
        {
            using var app = DirectLineApp.Local(("WebChat:BundlePath", path));
            var http = app.CreateClient();

            var page = await http.GetStringAsync("/");
            var bundle = await http.GetAsync("/webchat/webchat.js");
            var script = await http.GetAsync("/webchat/page.js");

            Assert.Contains("<script src=\"webchat/webchat.js\"></script>", page, StringComparison.Ordinal);
            Assert.DoesNotContain("://", page.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Equal("window.WebChat = {};", await bundle.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Users_LocalMode_ListsStoreUsersWithRoleAndLocale()
    {
        using var app = DirectLineApp.Local();

        var users = (await app.CreateClient().GetFromJsonAsync<JsonArray>("/webchat/users"))!.Select(u => u!.AsObject()).ToList();

        Assert.Contains(users, u => ((string)u["locale"]!).StartsWith("zh", StringComparison.Ordinal));
        Assert.Contains(users, u => ((string)u["locale"]!).StartsWith("en", StringComparison.Ordinal));
        Assert.Equal(["admin", "manager", "rep", "support"], users.Select(u => (string)u["role"]!).Distinct().Order());
    }

    [Fact]
    public async Task Token_UnknownUser_RefusedAndNoConversation()
    {
        using var app = DirectLineApp.Local();

        var response = await app.CreateClient().PostAsJsonAsync("/webchat/token", new { userId = "U-NOBODY" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("UnknownUser", (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]!);
    }
}
