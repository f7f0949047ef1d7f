using Crm.Data.Deals;

namespace Crm.Skills.Understanding.Language;

/// <summary>Ways people name a pipeline stage, in English and Chinese.</summary>
internal static class DealStageWords
{
    public static readonly Lexicon<DealStage> Lexicon = new(
        ("lead", DealStage.Lead), ("new lead", DealStage.Lead), ("prospect", DealStage.Lead), ("prospecting", DealStage.Lead),
        ("线索", DealStage.Lead), ("潜在客户", DealStage.Lead),
        ("qualified", DealStage.Qualified), ("qualification", DealStage.Qualified), ("qualify", DealStage.Qualified),
        ("初步接触", DealStage.Qualified), ("已确认需求", DealStage.Qualified), ("确认需求", DealStage.Qualified), ("需求确认", DealStage.Qualified),
        ("needs analysis", DealStage.NeedsAnalysis), ("need analysis", DealStage.NeedsAnalysis), ("needs assessment", DealStage.NeedsAnalysis),
        ("discovery", DealStage.NeedsAnalysis), ("requirements analysis", DealStage.NeedsAnalysis), ("needs_analysis", DealStage.NeedsAnalysis),
        ("需求挖掘", DealStage.NeedsAnalysis), ("需求分析", DealStage.NeedsAnalysis), ("需求调研", DealStage.NeedsAnalysis),
        ("proposal", DealStage.Proposal), ("proposal sent", DealStage.Proposal), ("quote sent", DealStage.Proposal), ("quoted", DealStage.Proposal),
        ("sent the proposal", DealStage.Proposal), ("sent a proposal", DealStage.Proposal), ("sent the quote", DealStage.Proposal), ("quote", DealStage.Proposal),
        ("方案报价", DealStage.Proposal), ("报价发出去了", DealStage.Proposal), ("报价发过去了", DealStage.Proposal), ("报价已发", DealStage.Proposal), ("发了报价", DealStage.Proposal), ("报价", DealStage.Proposal), ("已报价", DealStage.Proposal), ("报过价", DealStage.Proposal), ("出方案", DealStage.Proposal), ("方案阶段", DealStage.Proposal), ("提案阶段", DealStage.Proposal), ("提案", DealStage.Proposal),
        ("negotiation", DealStage.Negotiation), ("negotiations", DealStage.Negotiation), ("negotiating", DealStage.Negotiation), ("negotiate", DealStage.Negotiation),
        ("in redlines", DealStage.Negotiation), ("redlines", DealStage.Negotiation), ("contract review", DealStage.Negotiation),
        ("谈判", DealStage.Negotiation), ("谈判签约", DealStage.Negotiation), ("商务谈判", DealStage.Negotiation), ("议价", DealStage.Negotiation),
        ("won", DealStage.Won), ("closed won", DealStage.Won), ("closed-won", DealStage.Won), ("signed", DealStage.Won), ("closed", DealStage.Won), ("done deal", DealStage.Won), ("countersigned", DealStage.Won),
        ("拿下了", DealStage.Won), ("拿下", DealStage.Won), ("签了", DealStage.Won), ("签约了", DealStage.Won), ("赢单", DealStage.Won),
        ("成交", DealStage.Won), ("已成交", DealStage.Won), ("签下来了", DealStage.Won),
        ("lost", DealStage.Lost), ("closed lost", DealStage.Lost), ("closed-lost", DealStage.Lost), ("dead", DealStage.Lost),
        ("went with a competitor", DealStage.Lost), ("went with a cheaper competitor", DealStage.Lost), ("went with another vendor", DealStage.Lost),
        ("went with the competition", DealStage.Lost), ("went with someone else", DealStage.Lost), ("chose a competitor", DealStage.Lost),
        ("picked a competitor", DealStage.Lost), ("lost to", DealStage.Lost),
        ("黄了", DealStage.Lost), ("丢单", DealStage.Lost), ("丢了", DealStage.Lost), ("没戏了", DealStage.Lost), ("输了", DealStage.Lost), ("输单", DealStage.Lost),
        ("报价说明", null), ("报价单", null), ("lost reason", null), ("dead line", null), ("deadline", null), ("close date", null), ("谈判桌", null), ("成交日期", null), ("成交时间", null), ("预计成交", null), ("成交价", null),
        ("security lead", null), ("tech lead", null), ("team lead", null), ("project lead", null), ("technical lead", null), ("it lead", null),
        ("engineering lead", null), ("product lead", null), ("ops lead", null), ("design lead", null), ("lead engineer", null), ("lead developer", null),
        ("lead architect", null), ("lead time", null), ("will lead", null), ("to lead", null), ("lead the", null),
        ("send a quote", null), ("send the quote", null), ("prepare a quote", null), ("prepare the quote", null), ("need a quote", null), ("asked for a quote", null),
        ("signed the nda", null), ("signed an nda", null), ("signed nda", null), ("signed up", null), ("signed off", null), ("won't", null));
}
