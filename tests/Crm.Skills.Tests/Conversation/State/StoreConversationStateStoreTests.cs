using Crm.Data.Conversations;
using Crm.Skills.Conversation.State;
using Crm.Skills.Tests.Infrastructure;
using Crm.Skills.Understanding.Engine;
using Microsoft.EntityFrameworkCore;

namespace Crm.Skills.Tests.Conversation.State;

/// <summary>A turn saves its conversation's state only when the turn changed it.</summary>
public sealed class StoreConversationStateStoreTests
{
    private static readonly ConversationState Remembered = new() { Asked = new ModelQuestion("log a call with the buyer", "Which account?") };

    [Fact]
    public async Task Save_OfTheStateTheTurnLoaded_WritesNothing()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        await SaveInNewTurnAsync(store, Remembered);
        var before = await RowAsync(store);
        store.Clock.Advance(TimeSpan.FromMinutes(5));

        await using var db = store.NewContext();
        var states = new StoreConversationStateStore(db, store.Clock);
        var loaded = await states.LoadAsync("conv-1", "U-REP", CancellationToken.None);
        await states.SaveAsync("conv-1", "U-REP", loaded, CancellationToken.None);

        Assert.Equal(before!.UpdatedAt, (await RowAsync(store))!.UpdatedAt);
    }

    [Fact]
    public async Task Save_OfAChangedState_WritesIt()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        await SaveInNewTurnAsync(store, Remembered);

        await using var db = store.NewContext();
        var states = new StoreConversationStateStore(db, store.Clock);
        await states.LoadAsync("conv-1", "U-REP", CancellationToken.None);
        await states.SaveAsync("conv-1", "U-REP", Remembered with { Asked = new ModelQuestion("log a call", "Which contact?") }, CancellationToken.None);

        Assert.Contains("Which contact?", (await RowAsync(store))!.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_OfAnEmptyStateAfterALoadedOne_DeletesTheRow()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        await SaveInNewTurnAsync(store, Remembered);

        await using var db = store.NewContext();
        var states = new StoreConversationStateStore(db, store.Clock);
        await states.LoadAsync("conv-1", "U-REP", CancellationToken.None);
        await states.SaveAsync("conv-1", "U-REP", new ConversationState(), CancellationToken.None);

        Assert.Null(await RowAsync(store));
    }

    [Fact]
    public async Task Save_AfterAnotherTurnRemovedTheRowMeanwhile_StillSavesTheNewState()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        await SaveInNewTurnAsync(store, Remembered);
        await using var db = store.NewContext();
        var states = new StoreConversationStateStore(db, store.Clock);
        await states.LoadAsync("conv-1", "U-REP", CancellationToken.None);

        await SaveInNewTurnAsync(store, new ConversationState());
        await states.SaveAsync("conv-1", "U-REP", Remembered with { Asked = new ModelQuestion("log a call", "Which deal?") }, CancellationToken.None);

        Assert.Contains("Which deal?", (await RowAsync(store))!.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_AfterAnotherTurnCreatedTheRowMeanwhile_StillSavesTheNewState()
    {
        await using var store = await TestStore.CreateAsync(s => s.Standard());
        await using var db = store.NewContext();
        var states = new StoreConversationStateStore(db, store.Clock);
        await states.LoadAsync("conv-1", "U-REP", CancellationToken.None);

        await SaveInNewTurnAsync(store, Remembered);
        await states.SaveAsync("conv-1", "U-REP", Remembered with { Asked = new ModelQuestion("log a call", "Which deal?") }, CancellationToken.None);

        Assert.Contains("Which deal?", (await RowAsync(store))!.Json, StringComparison.Ordinal);
    }

    private static async Task SaveInNewTurnAsync(TestStore store, ConversationState state)
    {
        await using var db = store.NewContext();
        await new StoreConversationStateStore(db, store.Clock).SaveAsync("conv-1", "U-REP", state, CancellationToken.None);
    }

    private static async Task<ConversationStateEntry?> RowAsync(TestStore store)
    {
        await using var db = store.NewContext();
        return await db.Set<ConversationStateEntry>().AsNoTracking().SingleOrDefaultAsync(s => s.ConversationId == "conv-1");
    }
}
