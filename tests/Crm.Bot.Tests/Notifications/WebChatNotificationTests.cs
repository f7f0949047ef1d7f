using System.Text.Json.Nodes;
using Crm.Bot.Notifications;
using Crm.Bot.Tests.DirectLine;
using Crm.Data.Settings;
using Crm.Data.Store;
using Crm.Data.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bot.Tests.Notifications;

/// <summary>
/// Web Chat users are reached too: the notification arrives in their Direct Line conversation (through
/// the bot's own Connector endpoints on a real socket), and its button comes back as a Web Chat postBack.
/// </summary>
public sealed class WebChatNotificationTests : IDisposable
{
    /// <summary>Wednesday 18 Nov 2026, 10:00 in Chicago, where the demo rep works.</summary>
    private static readonly DateTimeOffset WednesdayMorningChicago = new(2026, 11, 18, 16, 0, 0, TimeSpan.Zero);
    private readonly DirectLineApp app = DirectLineApp.OnKestrel();
    private readonly DirectLineClient client;

    public WebChatNotificationTests() => client = new DirectLineClient(new HttpClient { BaseAddress = app.BaseAddress });

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task TaskDue_WebChatUser_GetsCardInConversationAndSnoozeWorks()
    {
        app.Clock.Offset = WednesdayMorningChicago - TimeProvider.System.GetUtcNow();
        var (conversationId, token) = await client.StartAsAsync("U-JORDAN");
        var hello = await client.PostAsync(conversationId, token, DirectLineClient.Message("hello", "c-1", "U-JORDAN"));
        await client.WaitForAsync(conversationId, token, a => (string?)a["replyToId"] == hello);
        await WithStoreAsync(db =>
        {
            db.Tasks.Add(new CrmTask { Id = "TSK-WEB", Title = "Sign the web chat order", OwnerId = "U-JORDAN", DueAt = new DateOnly(2026, 11, 18) });
            return db.SaveChangesAsync();
        });

        await app.Services.GetRequiredService<NotificationTick>().RunAsync(CancellationToken.None);

        var card = await client.WaitForAsync(conversationId, token, a => a.ToJsonString().Contains("Sign the web chat order", StringComparison.Ordinal));
        var snooze = card["attachments"]!.AsArray().SelectMany(a => a!["content"]!["actions"]!.AsArray())
            .Single(a => (string?)a!["data"]!["action"] == "snooze")!["data"]!.DeepClone();
        var press = await client.PostAsync(conversationId, token, new
        {
            type = "message",
            from = new { id = "U-JORDAN", role = "user" },
            locale = "en-US",
            value = snooze,
            channelData = new { postBack = true, clientActivityID = "c-2" },
        });
        var reply = await client.WaitForAsync(conversationId, token, a => (string?)a["replyToId"] == press);

        Assert.Contains("remind you again", reply.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("2026-11-19", await WithStoreAsync(db => db.Set<Setting>()
            .Where(s => s.Scope == "U-JORDAN" && s.Name == "snooze:task_due:TSK-WEB").Select(s => s.Value).SingleAsync()));
    }

    private async Task<T> WithStoreAsync<T>(Func<CrmDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<CrmDbContext>());
    }
}
