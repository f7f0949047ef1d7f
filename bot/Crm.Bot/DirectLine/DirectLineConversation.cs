using System.Globalization;
using System.Threading.Channels;
using Crm.Bot.Protocol;

namespace Crm.Bot.DirectLine;

/// <summary>
/// One conversation's activity log and its open streams. Appending stamps the channel's fields (id
/// <c>{conversationId}|{seq:0000000}</c>, an increasing timestamp) and hands the activity to every
/// stream under one lock, so streams and GET see the same order with no gap and no duplicate.
/// The watermark is the sequence number of the last activity seen.
/// </summary>
public sealed class DirectLineConversation(string id, string? userId, int capacity)
{
    private readonly object gate = new();
    private readonly LinkedList<LoggedActivity> log = new();
    private readonly List<Channel<ActivityFrame>> streams = [];
    private long sequence;
    private DateTimeOffset lastTimestamp = DateTimeOffset.MinValue;

    public string Id { get; } = id;

    /// <summary>The user the conversation was started for (from the token), if any.</summary>
    public string? UserId { get; } = userId;

    public DateTimeOffset LastUsed { get; private set; }

    public long Watermark
    {
        get
        {
            lock (gate)
            {
                return sequence;
            }
        }
    }

    public void Touch(DateTimeOffset now)
    {
        lock (gate)
        {
            LastUsed = now;
        }
    }

    /// <summary>Stamps and logs an activity, then pushes it to open streams; typing is pushed but never logged.</summary>
    public Activity Append(Activity activity, DateTimeOffset now)
    {
        lock (gate)
        {
            LastUsed = now;
            lastTimestamp = now > lastTimestamp ? now : lastTimestamp.AddMilliseconds(1);
            activity.Timestamp = lastTimestamp;
            activity.Conversation = new ConversationAccount { Id = Id };
            if (activity.Type == ActivityTypes.Typing)
            {
                activity.Id ??= $"{Id}|typing-{Guid.NewGuid():N}";
                Push(new ActivityFrame([activity], null));
                return activity;
            }
            sequence++;
            activity.Id = $"{Id}|{sequence.ToString("0000000", CultureInfo.InvariantCulture)}";
            log.AddLast(new LoggedActivity(sequence, activity));
            while (log.Count > capacity)
            {
                log.RemoveFirst();
            }
            Push(new ActivityFrame([activity], sequence));
            return activity;
        }
    }

    /// <summary>Logged activities after <paramref name="watermark"/>, and the watermark that covers them.</summary>
    public ActivityFrame After(long watermark)
    {
        lock (gate)
        {
            return new ActivityFrame(log.Where(a => a.Sequence > watermark).Select(a => a.Activity).ToList(), sequence);
        }
    }

    /// <summary>Opens a stream that first replays what follows <paramref name="watermark"/> (null: nothing old).</summary>
    public ChannelReader<ActivityFrame> Subscribe(long? watermark, DateTimeOffset now)
    {
        var channel = Channel.CreateUnbounded<ActivityFrame>(new UnboundedChannelOptions { SingleReader = true });
        lock (gate)
        {
            LastUsed = now;
            if (watermark is { } after && After(after) is { Activities.Count: > 0 } replay)
            {
                channel.Writer.TryWrite(replay);
            }
            streams.Add(channel);
        }
        return channel.Reader;
    }

    public void Unsubscribe(ChannelReader<ActivityFrame> reader)
    {
        lock (gate)
        {
            streams.RemoveAll(s => s.Reader == reader);
        }
    }

    /// <summary>Ends every open stream (the conversation was forgotten).</summary>
    public void Close()
    {
        lock (gate)
        {
            streams.ForEach(s => s.Writer.TryComplete());
            streams.Clear();
        }
    }

    private void Push(ActivityFrame frame) => streams.ForEach(s => s.Writer.TryWrite(frame));

    private sealed record LoggedActivity(long Sequence, Activity Activity);
}

/// <summary>An ActivitySet: activities and the watermark after them (null for typing-only frames).</summary>
public sealed record ActivityFrame(IReadOnlyList<Activity> Activities, long? Watermark);
