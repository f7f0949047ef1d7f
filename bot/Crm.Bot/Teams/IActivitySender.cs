using Crm.Bot.Protocol;

namespace Crm.Bot.Teams;

/// <summary>
/// Where a turn's outgoing activities go: the Bot Connector for live traffic, a list for replay and tests.
/// </summary>
public interface IActivitySender
{
    /// <summary>Sends a reply (when <see cref="Activity.ReplyToId"/> is set) or a new message; returns the new id.</summary>
    Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces a message the bot sent earlier; false if the channel cannot.</summary>
    Task<bool> UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken);
}

/// <summary>Collects what a turn sends, in order: for replay and in-process channels.</summary>
public sealed class CollectingActivitySender : IActivitySender
{
    private readonly List<Activity> sent = [];

    public IReadOnlyList<Activity> Sent
    {
        get
        {
            lock (sent)
            {
                return sent.ToList();
            }
        }
    }

    public Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        lock (sent)
        {
            sent.Add(activity);
            return Task.FromResult<string?>($"sent-{sent.Count}");
        }
    }

    /// <summary>Replay shows replacements as new messages, so the transcript keeps what the person saw.</summary>
    public Task<bool> UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken) => Task.FromResult(false);
}
