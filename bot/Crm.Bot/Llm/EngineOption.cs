namespace Crm.Bot.Llm;

/// <summary>The values of <c>--engine</c> in <c>chat</c> and <c>replay</c>.</summary>
internal static class EngineOption
{
    public static readonly string[] Names = ["embedded", "llm", "hybrid"];

    /// <summary>A one-line reason the value cannot be used, or null.</summary>
    public static string? Check(string engine) => Names.Contains(engine.Trim().ToLowerInvariant())
        ? null
        : $"unknown engine '{engine}'; use one of: {string.Join(", ", Names)}.";
}

/// <summary>The model engine was asked for but is not configured well enough to run; a one-line error on the command line.</summary>
public sealed class LlmConfigurationException(string message) : InvalidOperationException(message);
