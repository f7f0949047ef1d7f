using System.Globalization;
using Crm.Bot.Tests.DirectLine;
using Crm.Data.Deals;
using Crm.Data.Store;
using Crm.Data.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Crm.Bot.Tests.WebChat;

/// <summary>
/// The official Web Chat, unmodified, in a real browser against the bot on a real socket: a demo user
/// is picked on the page, updates one of their deals, sees the change card and presses its Undo button.
/// Users and deals are read from the store, never named here. Screenshots go to a temp folder, or to docs/ for the README with CRM_UPDATE_SCREENSHOTS=1.
/// </summary>
public sealed class WebChatBrowserTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private DirectLineApp app = null!;
    private Browser browser = null!;

    public async Task InitializeAsync()
    {
        app = DirectLineApp.OnKestrel();
        browser = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        app.Dispose();
    }

    [BrowserFact]
    public async Task WebChat_EnglishRepUpdatesDealThenUndo_CardShownAndStoreRestored()
    {
        var (user, deal) = await OwnerOfOpenDealAsync(chinese: false);
        var amount = deal.Amount!.Value + 15_000m;
        var page = await OpenChatAsync(user);

        await SendAsync(page, $"Update the {deal.Name} amount to {(amount / 1000m).ToString("0.##", CultureInfo.InvariantCulture)}k");
        var card = page.Locator(".ac-adaptiveCard", new() { HasText = deal.Name }).Last;
        await card.WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        await WaitForAmountAsync(deal.Id, amount);
        var cards = await page.Locator(".ac-adaptiveCard").CountAsync();
        await card.Locator("button", new() { HasText = "Undo" }).ClickAsync();

        await WaitForAmountAsync(deal.Id, deal.Amount);
        await page.WaitForFunctionAsync($"document.querySelectorAll('.ac-adaptiveCard').length > {cards}", null, new() { Timeout = (float)Patience.TotalMilliseconds });
        await ScreenshotAsync(page, "webchat-en.png");
    }

    [BrowserFact]
    public async Task WebChat_ChineseRepWritesChinese_ChineseCardShown()
    {
        var (user, deal) = await OwnerOfOpenDealAsync(chinese: true);
        var amount = (Math.Ceiling(deal.Amount!.Value / 10_000m) * 10_000m) + 50_000m;
        var page = await OpenChatAsync(user);

        await SendAsync(page, $"把{deal.Name}的金额改成{(amount / 10_000m).ToString("0.##", CultureInfo.InvariantCulture)}万");
        var card = page.Locator(".ac-adaptiveCard", new() { HasText = deal.Name }).Last;
        await card.WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });

        await WaitForAmountAsync(deal.Id, amount);
        var text = (await card.InnerTextAsync()).Replace(deal.Name, "", StringComparison.Ordinal);
        Assert.Contains(text, c => c >= '\u4e00' && c <= '\u9fff');
        await ScreenshotAsync(page, "webchat-zh.png");
    }

    private async Task<IPage> OpenChatAsync(User user)
    {
        var page = await browser.Context.NewPageAsync();
        await page.GotoAsync(app.BaseAddress.ToString());
        await page.Locator($"#user option[value='{user.Id}']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.SelectOptionAsync("#user", user.Id);
        await page.ClickAsync("#start");
        return page;
    }

    private static async Task SendAsync(IPage page, string text)
    {
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }

    private async Task<(User User, Deal Deal)> OwnerOfOpenDealAsync(bool chinese)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var reps = await db.Users.AsNoTracking().Where(u => u.Role == UserRole.Rep).OrderBy(u => u.Id).ToListAsync();
        var deals = await db.Deals.AsNoTracking().Where(d => d.Amount != null).OrderBy(d => d.Id).ToListAsync();
        return reps.Where(u => u.SpeaksChinese == chinese)
            .SelectMany(u => deals.Where(d => d.OwnerId == u.Id && d.IsOpen).Select(d => (u, d)))
            .First();
    }

    private async Task WaitForAmountAsync(string dealId, decimal? expected)
    {
        decimal? amount = null;
        for (var waited = TimeSpan.Zero; waited < Patience; waited += TimeSpan.FromMilliseconds(200))
        {
            await using var scope = app.Services.CreateAsyncScope();
            amount = (await scope.ServiceProvider.GetRequiredService<CrmDbContext>().Deals.AsNoTracking().SingleAsync(d => d.Id == dealId)).Amount;
            if (amount == expected)
            {
                return;
            }
            await Task.Delay(200);
        }
        Assert.Equal(expected, amount);
    }

    private static async Task ScreenshotAsync(IPage page, string name)
    {
        // A plain test run must not change tracked files; refreshing the README's pictures is asked for.
        var folder = Environment.GetEnvironmentVariable("CRM_UPDATE_SCREENSHOTS") == "1"
            ? Path.Combine(Browser.RepositoryRoot, "docs")
            : Path.Combine(Path.GetTempPath(), "crm-bot-screenshots");
        var target = Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(target.FullName, name) });
    }
}
