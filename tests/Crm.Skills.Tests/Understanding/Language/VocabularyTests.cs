using Crm.Data.Activities;
using Crm.Data.Deals;
using Crm.Data.Tickets;
using Crm.Skills.Understanding.Language;

namespace Crm.Skills.Tests.Understanding.Language;

public sealed class VocabularyTests
{
    [Theory]
    [InlineData("move the warehouse deal to qualified", DealStage.Qualified, "qualified")]
    [InlineData("it's in needs analysis now", DealStage.NeedsAnalysis, "needs analysis")]
    [InlineData("we are still in discovery", DealStage.NeedsAnalysis, "discovery")]
    [InlineData("quote sent yesterday", DealStage.Proposal, "quote sent")]
    [InlineData("at proposal now", DealStage.Proposal, "proposal")]
    [InlineData("they're in redlines", DealStage.Negotiation, "in redlines")]
    [InlineData("moving it to Negotiation at 45k", DealStage.Negotiation, "Negotiation")]
    [InlineData("the kiosk deal is closed won", DealStage.Won, "closed won")]
    [InlineData("they signed!", DealStage.Won, "signed")]
    [InlineData("mark it closed lost", DealStage.Lost, "closed lost")]
    [InlineData("they went with a cheaper competitor", DealStage.Lost, "went with a cheaper competitor")]
    [InlineData("that one is dead", DealStage.Lost, "dead")]
    [InlineData("new prospect from the webinar", DealStage.Lead, "prospect")]
    [InlineData("单子进入商务谈判了", DealStage.Negotiation, "商务谈判")]
    [InlineData("推到谈判签约", DealStage.Negotiation, "谈判签约")]
    [InlineData("推进到方案报价", DealStage.Proposal, "方案报价")]
    [InlineData("已经报价了", DealStage.Proposal, "报价")]
    [InlineData("进入需求挖掘阶段", DealStage.NeedsAnalysis, "需求挖掘")]
    [InlineData("改成初步接触", DealStage.Qualified, "初步接触")]
    [InlineData("推进到需求确认阶段", DealStage.Qualified, "需求确认")]
    [InlineData("渠道项目签了！", DealStage.Won, "签了")]
    [InlineData("改成赢单", DealStage.Won, "赢单")]
    [InlineData("这个单子黄了", DealStage.Lost, "黄了")]
    [InlineData("标记为丢单", DealStage.Lost, "丢单")]
    [InlineData("还是线索阶段", DealStage.Lead, "线索")]
    public void DealStages_StageWord_IsFoundWithSpan(string text, DealStage stage, string phrase)
    {
        var match = Assert.Single(Vocabulary.DealStages(text));

        Assert.Equal(stage, match.Value);
        Assert.Equal(phrase, text.Substring(match.Start, match.Length));
    }

    [Theory]
    [InlineData("the deadline slipped")]
    [InlineData("把接口文档和报价说明都发过去了")]
    [InlineData("she will call the leader")]
    [InlineData("the disclosed figures")]
    [InlineData("add Ana, their new IT security lead")]
    [InlineData("remind me to send a quote to procurement")]
    [InlineData("they signed the NDA yesterday")]
    [InlineData("they won't budge on price")]
    public void DealStages_NoStageWord_FindsNothing(string text)
    {
        Assert.Empty(Vocabulary.DealStages(text));
    }

    [Theory]
    [InlineData("this is urgent", TicketPriority.Urgent)]
    [InlineData("treat it as P1", TicketPriority.Urgent)]
    [InlineData("High priority, reported by the ops lead", TicketPriority.High)]
    [InlineData("medium is fine", TicketPriority.Normal)]
    [InlineData("low priority", TicketPriority.Low)]
    [InlineData("紧急处理", TicketPriority.Urgent)]
    [InlineData("优先级高", TicketPriority.High)]
    [InlineData("普通优先级就行", TicketPriority.Normal)]
    [InlineData("不着急", TicketPriority.Low)]
    [InlineData("优先级：高", TicketPriority.High)]
    [InlineData("把优先级调高", TicketPriority.High)]
    [InlineData("优先级改成低", TicketPriority.Low)]
    public void TicketPriorities_PriorityWord_IsFound(string text, TicketPriority priority)
    {
        Assert.Equal(priority, Assert.Single(Vocabulary.TicketPriorities(text)).Value);
    }

    [Theory]
    [InlineData("客户很高兴")]
    [InlineData("要提高效率")]
    [InlineData("客户说价格有点高")]
    [InlineData("成本比较低")]
    [InlineData("the budget is below plan")]
    public void TicketPriorities_NoPriorityWord_FindsNothing(string text)
    {
        Assert.Empty(Vocabulary.TicketPriorities(text));
    }

    [Theory]
    [InlineData("T-508 is fixed", TicketStatus.Resolved)]
    [InlineData("set T-506 to waiting on customer", TicketStatus.Pending)]
    [InlineData("put it on hold", TicketStatus.Pending)]
    [InlineData("we're working on it", TicketStatus.Open)]
    [InlineData("mark it in progress", TicketStatus.Open)]
    [InlineData("ticket closed", TicketStatus.Closed)]
    [InlineData("状态改成处理中", TicketStatus.Open)]
    [InlineData("扫码枪的问题已经修好了", TicketStatus.Resolved)]
    [InlineData("T-603可以关了", TicketStatus.Closed)]
    [InlineData("等客户回复", TicketStatus.Pending)]
    [InlineData("搞定了", TicketStatus.Resolved)]
    public void TicketStatuses_StatusPhrase_MapsToStatus(string text, TicketStatus status)
    {
        Assert.Equal(status, Assert.Single(Vocabulary.TicketStatuses(text)).Value);
    }

    [Theory]
    [InlineData("open a ticket for the scanner")]
    [InlineData("还有哪些没解决")]
    public void TicketStatuses_RequestWords_AreNotStatuses(string text)
    {
        Assert.Empty(Vocabulary.TicketStatuses(text));
    }

    [Theory]
    [InlineData("just got off a call with the CTO", ActivityType.Call, "call")]
    [InlineData("Called their buyer about pricing", ActivityType.Call, "Called")]
    [InlineData("phoned the office", ActivityType.Call, "phoned")]
    [InlineData("had a meeting this morning", ActivityType.Meeting, "meeting")]
    [InlineData("met the CFO today", ActivityType.Meeting, "met")]
    [InlineData("sat down with procurement", ActivityType.Meeting, "sat down with")]
    [InlineData("quick Teams meeting with ops", ActivityType.Meeting, "Teams meeting")]
    [InlineData("visited the plant", ActivityType.Visit, "visited")]
    [InlineData("went to see their warehouse", ActivityType.Visit, "went to see")]
    [InlineData("emailed the one-pager", ActivityType.Email, "emailed")]
    [InlineData("sent an email to legal", ActivityType.Email, "sent an email")]
    [InlineData("add a note: budget frozen", ActivityType.Note, "add a note")]
    [InlineData("刚跟对方通了个电话", ActivityType.Call, "通了个电话")]
    [InlineData("电话沟通了一下", ActivityType.Call, "电话沟通")]
    [InlineData("刚开完会", ActivityType.Meeting, "开完会")]
    [InlineData("下午去拜访了客户", ActivityType.Visit, "拜访")]
    [InlineData("发了封邮件", ActivityType.Email, "发了封邮件")]
    [InlineData("帮我添加备注", ActivityType.Note, "添加备注")]
    public void ActivityTypes_ActivityWord_IsFoundWithSpan(string text, ActivityType type, string phrase)
    {
        var match = Assert.Single(Vocabulary.ActivityTypes(text));

        Assert.Equal(type, match.Value);
        Assert.Equal(phrase, text.Substring(match.Start, match.Length));
    }

    [Theory]
    [InlineData("新的电话号码是多少")]
    [InlineData("update her email address")]
    [InlineData("call it 45 grand")]
    [InlineData("the recalled units")]
    [InlineData("please note that pricing changed")]
    [InlineData("can they meet the deadline")]
    public void ActivityTypes_LookalikeWords_AreNotActivities(string text)
    {
        Assert.Empty(Vocabulary.ActivityTypes(text));
    }

    [Theory]
    [InlineData("不对，是当面拜访，不是电话", ActivityType.Visit, false, ActivityType.Call, true)]
    [InlineData("it was a meeting, not a call", ActivityType.Meeting, false, ActivityType.Call, true)]
    public void ActivityTypes_DeniedWord_IsMarkedNegated(string text, ActivityType first, bool firstNegated, ActivityType second, bool secondNegated)
    {
        var all = Vocabulary.ActivityTypes(text);

        Assert.Equal(2, all.Count);
        Assert.Equal((first, firstNegated), (all[0].Value, all[0].Negated));
        Assert.Equal((second, secondNegated), (all[1].Value, all[1].Negated));
    }

    [Fact]
    public void DealStages_SeveralWords_ComeBackInTextOrder()
    {
        var all = Vocabulary.DealStages("from proposal to negotiation");

        Assert.Equal([DealStage.Proposal, DealStage.Negotiation], all.Select(m => m.Value));
    }
}
