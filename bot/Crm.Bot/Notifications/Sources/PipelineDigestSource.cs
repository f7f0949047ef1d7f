using Crm.Data.Notifications;
using Crm.Data.Users;
using Crm.Skills.Deals;
using Crm.Skills.Invoking;
using Crm.Skills.Pipeline;
using Crm.Skills.Results;

namespace Crm.Bot.Notifications.Sources;

/// <summary>
/// Monday morning, each manager's team pipeline, read by the same skill a manager asking "pipeline for
/// my team" gets, as that manager (so it shows exactly what they may see). Posted in the team channel
/// the manager linked ("post the digest here"), else in their personal chat.
/// </summary>
internal sealed class PipelineDigestSource(IServiceScopeFactory scopes) : INotificationSource
{
    public NotificationKind Kind => NotificationKind.PipelineDigest;

    public async Task<IReadOnlyList<Notice>> FindAsync(NotificationScan scan, CancellationToken ct)
    {
        List<Notice> notices = [];
        // The pipeline is only worth reading for managers whose Monday morning it is.
        foreach (var manager in scan.Users.Values.Where(u => u.Role == UserRole.Manager && scan.Ready(Kind, u)))
        {
            var monday = scan.Today(manager);
            var pipeline = await ReadAsync(manager, scan, ct);
            notices.Add(new Notice(Kind, manager.Id, $"{monday:yyyy-MM-dd}", manager, new DigestBody(pipeline, monday))
            {
                ChannelConversationId = scan.DigestChannel(manager),
            });
        }
        return notices;
    }

    /// <summary>The digest has no snooze button: next Monday brings the next one.</summary>
    public Task<Notice?> AgainAsync(NotificationScan scan, string subjectId, User recipient, CancellationToken ct) => Task.FromResult<Notice?>(null);

    private async Task<PipelineResult> ReadAsync(User manager, NotificationScan scan, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var invoker = scope.ServiceProvider.GetRequiredService<SkillInvoker>();
        await using var message = invoker.BeginMessage(manager, "notifications", null, null, scan.UtcNow);
        var result = await message.RunAsync<PipelineSkills>(s => s.GetPipelineAsync(DealScope.MyTeam, ct: ct));
        return result as PipelineResult ?? new PipelineResult("", null, null, [], [], []);
    }
}
