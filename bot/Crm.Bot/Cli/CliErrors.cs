using Crm.Data.Store;

namespace Crm.Bot.Cli;

/// <summary>
/// Turns the errors a person can fix (missing file, bad configuration, unreachable database) into one
/// line on stderr and exit code 1. Anything else is a bug and keeps its stack trace.
/// </summary>
internal static class CliErrors
{
    public static async Task<int> GuardAsync(Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (Exception e) when (IsUserError(e))
        {
            return Fail(e.Message);
        }
    }

    public static T? Guard<T>(Func<T> run) where T : class
    {
        try
        {
            return run();
        }
        catch (Exception e) when (IsUserError(e))
        {
            Fail(e.Message);
            return null;
        }
    }

    public static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return 1;
    }

    private static bool IsUserError(Exception e) =>
        e is CrmStoreException or Llm.LlmConfigurationException or IOException or UnauthorizedAccessException or System.Data.Common.DbException;
}
