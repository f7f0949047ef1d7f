using System.ComponentModel;
using Crm.Data.Deals;
using Crm.Data.Store;
using Crm.Skills.Acting;
using Crm.Skills.Activities;
using Crm.Skills.Ids;
using Crm.Skills.Invoking;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Deals;

/// <summary>Creating and updating deals (behaviour §4). Only the fields given change.</summary>
public sealed class DealSkills(CrmDbContext db, CurrentUser current, ChangeWriter writer, RecordIds ids, LinkChecks links)
{
    [Description("Create a new deal on an account, owned by the acting user, in the account's currency; it starts at lead unless a stage is given.")]
    public async Task<SkillResult> CreateDealAsync(
        [Description("Id of the account, e.g. ACC-ACME")] string accountId,
        [Description("Name of the deal, e.g. 'Lakeview data platform'")] string name,
        [Description("Amount in the account's currency, if said")] decimal? amount = null,
        [Description("Stage, if said; default lead")] DealStage? stage = null,
        [Description("Expected close date, if said")] DateOnly? closeDate = null,
        [Description("Next step, if said")] string? nextStep = null,
        [Description("Due date of the next step, if said")] DateOnly? nextStepDue = null,
        CancellationToken ct = default)
    {
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId, ct);
        if (account is null)
            return writer.Refuse(Refusals.NotFound("accounts", accountId));
        if (amount is < 0)
            return writer.Refuse(Refusals.Invalid("deals", "amount", FieldText.Format(amount), "An amount cannot be negative."));
        db.Deals.Add(new Deal
        {
            Id = await ids.NextDealIdAsync(ct),
            AccountId = accountId,
            Name = name,
            Stage = stage ?? DealStage.Lead,
            Amount = amount,
            Currency = account.Currency,
            CloseDate = closeDate,
            OwnerId = current.Id,
            NextStep = nextStep,
            NextStepDue = nextStepDue,
        });
        return await writer.SaveAsync(ct);
    }

    [Description("Change a deal: stage, amount, close date, next step and its due date, lost reason, owner or name. Only the fields given change; marking a deal won or lost changes nothing else.")]
    public async Task<SkillResult> UpdateDealAsync(
        [Description("Id of the deal, e.g. D-1001")] string dealId,
        [Description("New stage")] DealStage? stage = null,
        [Description("New amount, in the deal's currency")] decimal? amount = null,
        [Description("New expected close date")] DateOnly? closeDate = null,
        [Description("New next step")] string? nextStep = null,
        [Description("Due date of the next step")] DateOnly? nextStepDue = null,
        [Description("Why the deal was lost, when it was")] string? lostReason = null,
        [Description("Id of the user who should own the deal")] string? ownerId = null,
        [Description("New name of the deal")] string? name = null,
        CancellationToken ct = default)
    {
        var deal = await db.Deals.FirstOrDefaultAsync(d => d.Id == dealId, ct);
        if (deal is null)
            return writer.Refuse(Refusals.NotFound("deals", dealId));
        if (amount is < 0)
            return writer.Refuse(Refusals.Invalid("deals", "amount", FieldText.Format(amount), "An amount cannot be negative."));
        if (await links.CheckUserAsync(ownerId, "ownerId", ct) is { } badOwner)
            return writer.Refuse(badOwner);
        deal.Stage = stage ?? deal.Stage;
        deal.Amount = amount ?? deal.Amount;
        deal.CloseDate = closeDate ?? deal.CloseDate;
        deal.NextStep = nextStep ?? deal.NextStep;
        deal.NextStepDue = nextStepDue ?? deal.NextStepDue;
        deal.LostReason = lostReason ?? deal.LostReason;
        deal.OwnerId = ownerId ?? deal.OwnerId;
        deal.Name = name ?? deal.Name;
        return await writer.SaveAsync(ct);
    }
}
