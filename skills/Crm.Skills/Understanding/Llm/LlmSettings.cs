namespace Crm.Skills.Understanding.Llm;

/// <summary>Which engine reads messages: the embedded one alone, the model, or the embedded one first.</summary>
public enum LlmMode
{
    /// <summary>The embedded engine only; no model is called.</summary>
    Off,
    /// <summary>The model reads every message (undo, corrections and answers to the embedded engine's questions stay embedded).</summary>
    Llm,
    /// <summary>The embedded engine handles what it is sure of; the model handles the rest.</summary>
    Hybrid,
}

/// <summary>The bounds of one message's tool loop. The host binds the endpoint and credentials separately.</summary>
public sealed record LlmSettings
{
    public LlmMode Mode { get; init; } = LlmMode.Off;
    /// <summary>Model round trips per message; a message that needs more falls back to the embedded engine.</summary>
    public int MaxSteps { get; init; } = 6;
    /// <summary>Malformed tool calls the model may correct per message before the loop gives up.</summary>
    public int MaxRepairs { get; init; } = 2;
    /// <summary>The whole loop's time budget, every model call included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
    /// <summary>In hybrid mode, the embedded engine's result is used when its confidence is at least this.</summary>
    public double HybridConfidence { get; init; } = 0.6;
}
