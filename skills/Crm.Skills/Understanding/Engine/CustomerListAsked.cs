using System.Text.RegularExpressions;
using Crm.Skills.Understanding.Plan;
using Crm.Skills.Understanding.Resolution;

namespace Crm.Skills.Understanding.Engine;

/// <summary>
/// Customers asked for by what narrows them, in either language: "which of my accounts have contracts ending before the
/// end of the year", "我有哪些客户两周以上没联系了", "陈静这个月都跟进了哪些客户". A question about customers in general
/// ("tell me about our customers") says nothing to narrow by, and is left to the other reads.
/// </summary>
public static partial class CustomerListAsked
{
    /// <summary>A contract said to end with no window named ends within the month ahead, as a customer summary flags it.</summary>
    private const int ContractSoonDays = 30;

    public static CustomerListRead? Read(string text, TurnContext ctx)
    {
        if (!WhichCustomers().IsMatch(text))
            return null;
        var period = ReadInterpreter.PeriodOf(text, ctx);
        if (ContractEnding().IsMatch(text))
            return new CustomerListRead(Whose(text, ctx)) { ContractEnds = period ?? new Period(ctx.Today, ctx.Today.AddDays(ContractSoonDays), "") };
        if (DealFilters.Read(text, ctx).QuietDays is { } days)
            return new CustomerListRead(Whose(text, ctx)) { QuietDays = days };
        // "陈静这个月都跟进了哪些客户": the customers a colleague worked with, whoever owns them.
        if (WorkedWith().IsMatch(text) && Worker(text, ctx) is { } worker)
            return new CustomerListRead(new DealsOf(PipelineScope.All)) { WorkedBy = worker, WorkedIn = period };
        return null;
    }

    private static DealsOf Whose(string text, TurnContext ctx) =>
        ReadInterpreter.Named(text, ctx) ?? new DealsOf(ReadInterpreter.ScopeOf(text, ctx.User));

    /// <summary>The colleague (or the asker, "我这周跟进了哪些客户") whose activities are asked after.</summary>
    private static string Worker(string text, TurnContext ctx) =>
        ReadInterpreter.Named(text, ctx) is { Scope: PipelineScope.Colleague, OwnerId: { } colleague } ? colleague : ctx.User.Id;

    // Asked for as a list, not told of: "今天拜访了客户，他们问有什么新功能" is a visit to log.
    [GeneratedRegex(@"\b(?:which|what|any|list|show)\b[^.?!]{0,20}?\b(?:accounts|customers|clients)\b|(?:哪些|哪几个|哪几家|多少|几个|几家|什么)客户|客户(?:有哪些|列一下|都有谁)", RegexOptions.IgnoreCase)]
    private static partial Regex WhichCustomers();

    [GeneratedRegex(@"\bcontracts?\b[^.?!]{0,30}?\b(?:end|ends|ending|expire|expires|expiring|up for renewal|renew|renewing|lapse|lapsing)\b|合同.{0,8}(?:到期|结束|终止|续约)", RegexOptions.IgnoreCase)]
    private static partial Regex ContractEnding();

    [GeneratedRegex(@"跟进了|联系了|拜访了|跟进过|联系过|拜访过|\b(?:worked with|followed up with|visited|called|met with|talked to|touched)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorkedWith();
}
