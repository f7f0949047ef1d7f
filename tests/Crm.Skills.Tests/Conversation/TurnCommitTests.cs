using System.Data.Common;
using Crm.Data.Conversations;
using Crm.Skills.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Crm.Skills.Tests.Conversation;

/// <summary>
/// A turn that writes commits its records, their audit trail and the conversation state it leaves behind in
/// one transaction: one write to the store per message (on SQLite, one turn at the store's write lock), and
/// never writes without the state that lets "undo" and "actually, 50k" find them.
/// </summary>
public sealed class TurnCommitTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task WritingTurn_CommitsWritesAndConversationState_InOneTransaction()
    {
        var writes = new WriteLog();
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now, writes);

        var reply = await chat.SendAsync("U-REP", "just hung up with Dev at Harbor, they want the route planner live before spring");

        reply.Single<ChangeResult>();
        Assert.Equal((1, 0), (writes.Commits, writes.SavesOutsideTransactions));
        await using var db = chat.Store();
        Assert.Contains("\"lastWrite\"", (await db.Set<ConversationStateEntry>().SingleAsync()).Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WritingTurn_WhoseStateCannotBeSaved_WritesNothing()
    {
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now, new FailingStateSave());

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            chat.SendAsync("U-REP", "just hung up with Dev at Harbor, they want the route planner live before spring"));

        await using var db = chat.Store();
        Assert.Empty(await db.Activities.Where(a => a.UserId == "U-REP").ToListAsync());
        Assert.Empty(await db.ChangeSets.ToListAsync());
    }

    [Fact]
    public async Task ReadingTurn_TakesNoTransaction()
    {
        var writes = new WriteLog();
        await using var chat = await ConversationScript.StartAsync(ConversationSeed.Build, Now, writes);

        await chat.SendAsync("U-REP", "tell me about Harbor");

        Assert.Equal(0, writes.Commits);
    }

    /// <summary>Counts committed transactions, and saves that ran outside any transaction (each a commit of its own).</summary>
    private sealed class WriteLog : DbTransactionInterceptor, ISaveChangesInterceptor
    {
        public int Commits;
        public int SavesOutsideTransactions;

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref Commits);
            return Task.CompletedTask;
        }

        ValueTask<InterceptionResult<int>> ISaveChangesInterceptor.SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken)
        {
            if (eventData.Context?.Database.CurrentTransaction is null)
                Interlocked.Increment(ref SavesOutsideTransactions);
            return ValueTask.FromResult(result);
        }
    }

    /// <summary>The store refuses the save that carries a conversation state, as a full disk or a lost connection would.</summary>
    private sealed class FailingStateSave : ISaveChangesInterceptor
    {
        ValueTask<InterceptionResult<int>> ISaveChangesInterceptor.SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken) =>
            eventData.Context!.ChangeTracker.Entries<ConversationStateEntry>().Any()
                ? throw new InvalidOperationException("the conversation state could not be saved")
                : ValueTask.FromResult(result);
    }
}
