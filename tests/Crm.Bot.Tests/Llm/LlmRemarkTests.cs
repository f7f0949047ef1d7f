using Crm.Skills.Results;
using Crm.Skills.Understanding.Llm;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bot.Tests.Llm;

/// <summary>What the model says beside a write: shown when it adds something, as capped plain text; dropped when it restates the card.</summary>
public sealed class LlmRemarkTests : ScriptedModelTest
{
    private const string LogCall = """{"accountId":"ACC-BRM","type":"Call","summary":"Orla wants pallet sensors priced","contactId":"C-BRM-1"}""";

    [Theory]
    [InlineData("Orla from Bramblewood rang me, she wants pallet sensors priced", "Logged. Heads-up: their warehouse lease ends in spring, so install timing matters.")]
    [InlineData("Bramblewood的Orla刚才打电话来，想要托盘传感器的报价", "已记录。提醒一下：他们仓库的租约明年春天到期，安装时间要提前安排。")]
    public async Task ModelTextThatAddsSomething_BesideAWrite_IsShownAfterTheChangeCard(string message, string remark)
    {
        Server.Then(ModelReply.Calls(("log_activity", LogCall)), ModelReply.Text(remark));

        var reply = await Bot.SendAsync(message);

        Assert.IsType<ChangeResult>(reply.Parts[0]);
        Assert.Equal(remark, Assert.IsType<MessageResult>(Assert.Single(reply.Parts.Skip(1))).Text);
        Assert.Equal(remark, LlmBot.Render(reply).Messages[1].Text);
        Assert.Equal(1, await Bot.QueryAsync(db => db.Activities.CountAsync()));
    }

    [Theory]
    [InlineData("Orla from Bramblewood rang me, she wants pallet sensors priced", "Logged your call with Orla about pallet sensor pricing.")]
    [InlineData("Orla from Bramblewood rang me, she wants pallet sensors priced", "Done: call logged on Bramblewood Foods.")]
    [InlineData("Bramblewood的Orla刚才打电话来，想要托盘传感器的报价", "已记录这次通话。")]
    public async Task ModelTextThatRestatesTheWrite_IsNotShown(string message, string restatement)
    {
        Server.Then(ModelReply.Calls(("log_activity", LogCall)), ModelReply.Text(restatement));

        var reply = await Bot.SendAsync(message);

        Assert.IsType<ChangeResult>(Assert.Single(reply.Parts));
    }

    [Fact]
    public async Task ModelTextWithMarkupAndLinks_BesideAWrite_IsShownAsCappedPlainText()
    {
        var remark = "Logged. <script>alert(1)</script> Their new price list is [here](https://prices.example/list) and at www.prices.example too.\n\n**Also** "
            + string.Concat(Enumerable.Repeat("their freezer fleet keeps growing every quarter, ", 12));
        Server.Then(ModelReply.Calls(("log_activity", LogCall)), ModelReply.Text(remark));

        var reply = await Bot.SendAsync("Orla from Bramblewood rang me, she wants pallet sensors priced");

        var shown = Assert.IsType<MessageResult>(reply.Parts[1]).Text;
        Assert.StartsWith("Logged. alert(1) Their new price list is here and at too. Also their freezer", shown, StringComparison.Ordinal);
        Assert.True(shown.Length <= ModelRemark.MaxLength + 1, shown);
        Assert.EndsWith("…", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("http", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("prices.example", shown, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', shown);
    }

    [Fact]
    public async Task ModelText_WhenOneOfItsWritesWasOnlyOffered_IsNotShown()
    {
        Server.Then(
            ModelReply.Calls(("log_activity", LogCall), ("update_deal", """{"dealId":"D-7001","stage":"Lost"}""")),
            ModelReply.Text("Logged the call and closed the cold chain deal as lost, since they have gone quiet for weeks."));

        var reply = await Bot.SendAsync("log a call with Orla at bramblewood, she asked about sensor pricing");

        Assert.IsType<ChangeResult>(reply.Parts[0]);
        Assert.IsType<ClarificationResult>(Assert.Single(reply.Parts.Skip(1)));
    }
}
