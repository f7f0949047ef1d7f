namespace Crm.Bot.Tests.Llm;

/// <summary>
/// A test class with its own scripted model server and a bot pointed at it, started before each test
/// and stopped after it (xunit makes one instance per test).
/// </summary>
public abstract class ScriptedModelTest(string mode = "llm") : IAsyncLifetime
{
    protected ScriptedModelServer Server { get; private set; } = null!;
    protected LlmBot Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await ScriptedModelServer.StartAsync();
        Bot = await LlmBot.StartAsync(Server, mode);
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Server.DisposeAsync();
    }
}
