using Crm.Data.Audit;
using Crm.Data.Deals;
using Crm.Data.Settings;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation;

/// <summary>"Confirm before writing" switched from chat, and previews applied or cancelled by button or by word.</summary>
public sealed class ConfirmBeforeWritingConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);
    private const string StageChange = "the Harbor route planner is now at proposal, value 85k";

    private static async Task<ConversationScript> ConfirmingAsync(string user = "U-REP", string ask = "please ask me before you save anything")
    {
        var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);
        var reply = await chat.SendAsync(user, ask);
        Assert.Contains("preview", reply.Single<MessageResult>().Text, StringComparison.OrdinalIgnoreCase);
        return chat;
    }

    [Fact]
    public async Task SettingOnFromChat_NextWrite_IsPreviewAndWritesNothing()
    {
        await using var chat = await ConfirmingAsync();

        var preview = (await chat.SendAsync("U-REP", StageChange)).Single<PreviewResult>();

        await using var db = chat.Store();
        Assert.Equal(DealStage.Negotiation, (await db.Deals.SingleAsync(d => d.Id == "D-H1")).Stage);
        Assert.True(await db.Set<PendingChange>().AnyAsync(p => p.Id == preview.PendingId));
        Assert.Equal("true", (await db.Set<Setting>().SingleAsync(s => s.Scope == "U-REP" && s.Name == SettingNames.ConfirmBeforeWriting)).Value);
    }

    [Fact]
    public async Task ApplyButton_AfterPreview_WritesChangeAndRecordsChangeSet()
    {
        await using var chat = await ConfirmingAsync();
        var preview = (await chat.SendAsync("U-REP", StageChange)).Single<PreviewResult>();
        await using (var before = chat.Store())
            Assert.Equal(1, await before.ChangeSets.CountAsync());

        var change = (await chat.PressAsync("U-REP", $$"""{"action":"apply","pendingId":"{{preview.PendingId}}"}""")).Single<ChangeResult>();

        await using var db = chat.Store();
        var deal = await db.Deals.SingleAsync(d => d.Id == "D-H1");
        Assert.Equal((DealStage.Proposal, 85000m), (deal.Stage, deal.Amount));
        Assert.True(await db.ChangeSets.AnyAsync(c => c.Id == change.ChangeSetId && c.UserId == "U-REP"));
        Assert.False(await db.Set<PendingChange>().AnyAsync());
    }

    [Fact]
    public async Task CancelButton_AfterPreview_WritesNothing()
    {
        await using var chat = await ConfirmingAsync();
        var preview = (await chat.SendAsync("U-REP", StageChange)).Single<PreviewResult>();

        var reply = await chat.PressAsync("U-REP", $$"""{"action":"cancel","pendingId":"{{preview.PendingId}}"}""");

        Assert.Equal(preview.PendingId, reply.Part<CancelledResult>().PendingId);
        await using var db = chat.Store();
        Assert.Equal((DealStage.Negotiation, 80000m), await db.Deals.Where(d => d.Id == "D-H1").Select(d => ValueTuple.Create(d.Stage, d.Amount)).SingleAsync());
        Assert.False(await db.Set<PendingChange>().AnyAsync());
        Assert.Equal(1, await db.ChangeSets.CountAsync());
    }

    [Fact]
    public async Task TypedYes_AfterPreview_AppliesLatestPreview()
    {
        await using var chat = await ConfirmingAsync();
        (await chat.SendAsync("U-REP", StageChange)).Single<PreviewResult>();

        (await chat.SendAsync("U-REP", "yes, save it")).Single<ChangeResult>();

        await using var db = chat.Store();
        Assert.Equal(DealStage.Proposal, (await db.Deals.SingleAsync(d => d.Id == "D-H1")).Stage);
    }

    [Fact]
    public async Task TurnOffFromChat_AfterOn_WritesAtOnceAgain()
    {
        await using var chat = await ConfirmingAsync();

        (await chat.SendAsync("U-REP", "stop asking me to confirm")).Single<MessageResult>();
        (await chat.SendAsync("U-REP", StageChange)).Single<ChangeResult>();

        await using var db = chat.Store();
        Assert.Equal(DealStage.Proposal, (await db.Deals.SingleAsync(d => d.Id == "D-H1")).Stage);
    }

    [Fact]
    public async Task CompanyDefault_AskedByRep_IsRefusedAndWritesNothing()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var refusal = (await chat.SendAsync("U-REP", "confirm before writing for everyone")).Single<RefusalResult>();

        Assert.Equal(RefusalReason.NotPermitted, refusal.Reason);
        await using var db = chat.Store();
        Assert.False(await db.Set<Setting>().AnyAsync());
    }

    [Fact]
    public async Task CompanyDefault_AskedByAdmin_MakesRepWritesPreviews()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        (await chat.SendAsync("U-ADM", "make everyone confirm before writing, company default")).Single<MessageResult>();
        (await chat.SendAsync("U-REP", StageChange)).Single<PreviewResult>();

        await using var db = chat.Store();
        Assert.Equal(DealStage.Negotiation, (await db.Deals.SingleAsync(d => d.Id == "D-H1")).Stage);
    }

    [Fact]
    public async Task ChineseSetting_ThenTypedConfirm_PreviewsThenWrites()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now);

        var on = (await chat.SendAsync("U-ZH", "以后修改之前先问我一下")).Single<MessageResult>();
        Assert.Contains("预览", on.Text);
        (await chat.SendAsync("U-ZH", "今天下午给百川物流的韩梅打了电话，聊了仓储方案")).Single<PreviewResult>();
        await using (var before = chat.Store())
            Assert.False(await before.Activities.AnyAsync());

        (await chat.SendAsync("U-ZH", "确认")).Single<ChangeResult>();

        await using var db = chat.Store();
        Assert.Equal("ACC-BC", (await db.Activities.SingleAsync()).AccountId);
        var off = (await chat.SendAsync("U-ZH", "关闭写入确认")).Single<MessageResult>();
        Assert.Contains("不再", off.Text);
    }
}

public sealed class ConfirmWordsTests
{
    [Theory]
    [InlineData("Dev wants to confirm first with his finance team before signing the route planner")]
    [InlineData("客户说修改合同前要确认一下预算")]
    public void Setting_CrmNoteMentioningConfirm_IsNotTheSetting(string text) =>
        Assert.Null(Crm.Skills.Conversation.Confirming.ConfirmWords.Setting(text, Crm.Skills.Understanding.Language.LanguageDetector.IsChinese(text)));
}
