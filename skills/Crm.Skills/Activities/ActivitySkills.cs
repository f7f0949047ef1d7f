using System.ComponentModel;
using Crm.Data.Activities;
using Crm.Data.Store;
using Crm.Skills.Acting;
using Crm.Skills.Ids;
using Crm.Skills.Invoking;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Activities;

/// <summary>Logging what happened with a customer: calls, meetings, visits, e-mails and notes (behaviour §4).</summary>
public sealed class ActivitySkills(CrmDbContext db, CurrentUser current, ChangeWriter writer, RecordIds ids, LinkChecks links)
{
    [Description("Log a call, meeting, visit, e-mail or note on an account, by the acting user. Use it also when the user reports something that happened.")]
    public async Task<SkillResult> LogActivityAsync(
        [Description("Id of the account it happened with, e.g. ACC-ACME")] string accountId,
        [Description("What kind of activity it was")] ActivityType type,
        [Description("What was said or done, in the user's own words")] string summary,
        [Description("Id of the contact it was with, if any (must belong to the account)")] string? contactId = null,
        [Description("Id of the deal it was about, if one is named or it is the account's only open deal")] string? dealId = null,
        [Description("When it happened, as an instant with offset; omit for now")] DateTimeOffset? occurredAt = null,
        [Description("The day it happened in the user's time zone, when only a day was said ('yesterday', '周一'); ignored if occurredAt is given")] DateOnly? occurredOn = null,
        [Description("How long it lasted, in minutes, if said")] int? durationMinutes = null,
        [Description("A short subject line, if any")] string? subject = null,
        [Description("How the user told us: typed chat, dictated voice note or transcript")] ActivitySource source = ActivitySource.Chat,
        CancellationToken ct = default)
    {
        if (await links.CheckAsync(accountId, contactId, dealId, ct) is { } bad)
            return writer.Refuse(bad);
        if (durationMinutes is < 0)
            return writer.Refuse(Refusals.Invalid("activities", "durationMinutes", durationMinutes.ToString(), "A duration cannot be negative."));
        db.Activities.Add(new Activity
        {
            Id = await ids.NextActivityIdAsync(ct),
            Type = type,
            AccountId = accountId,
            ContactId = contactId,
            DealId = dealId,
            UserId = current.Id,
            OccurredAt = When(occurredAt, occurredOn),
            DurationMinutes = durationMinutes,
            Subject = subject,
            Summary = summary,
            Source = source,
        });
        return await writer.SaveAsync(ct);
    }

    [Description("Change an activity already logged, e.g. to correct its type ('actually it was a meeting'), contact, deal, time, duration, summary or account. Only the given fields change; moving it to another account drops the contact and deal unless new ones are given.")]
    public async Task<SkillResult> UpdateActivityAsync(
        [Description("Id of the activity, e.g. ACT-0105")] string activityId,
        [Description("New kind of activity")] ActivityType? type = null,
        [Description("New summary")] string? summary = null,
        [Description("New contact id")] string? contactId = null,
        [Description("New deal id")] string? dealId = null,
        [Description("New instant it happened")] DateTimeOffset? occurredAt = null,
        [Description("New day it happened, in the user's time zone")] DateOnly? occurredOn = null,
        [Description("New duration in minutes")] int? durationMinutes = null,
        [Description("Id of the account it really was with ('sorry, that was for Harbor')")] string? accountId = null,
        CancellationToken ct = default)
    {
        var activity = await db.Activities.FirstOrDefaultAsync(a => a.Id == activityId, ct);
        if (activity is null)
            return writer.Refuse(Refusals.NotFound("activities", activityId));
        if (await links.CheckAsync(accountId ?? activity.AccountId, contactId, dealId, ct) is { } bad)
            return writer.Refuse(bad);
        if (accountId is not null && accountId != activity.AccountId)
        {
            // The old contact and deal belong to the old account.
            activity.AccountId = accountId;
            activity.ContactId = null;
            activity.DealId = null;
        }
        activity.Type = type ?? activity.Type;
        activity.Summary = summary ?? activity.Summary;
        activity.ContactId = contactId ?? activity.ContactId;
        activity.DealId = dealId ?? activity.DealId;
        activity.DurationMinutes = durationMinutes ?? activity.DurationMinutes;
        if (occurredAt is not null || occurredOn is not null)
            activity.OccurredAt = When(occurredAt, occurredOn);
        return await writer.SaveAsync(ct);
    }

    /// <summary>
    /// A bare day keeps the current time of day in the user's zone, so "yesterday" lands on yesterday's
    /// date wherever it is read, and today stays "now".
    /// </summary>
    private DateTime When(DateTimeOffset? at, DateOnly? on)
    {
        if (at is { } instant)
            return CurrentUser.Stored(instant.UtcDateTime);
        if (on is not { } day)
            return current.UtcNow;
        var local = TimeZoneInfo.ConvertTimeFromUtc(current.UtcNow, current.TimeZone);
        var wanted = day.ToDateTime(TimeOnly.FromDateTime(local), DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(wanted, current.TimeZone);
    }
}
