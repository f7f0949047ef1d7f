namespace Crm.Bot.Tests.WebChat;

/// <summary>
/// A test that needs Debian's chromium and the npm Web Chat bundle. Without them it is skipped with the
/// reason, except on CI (env CI=true), where it runs and fails so a missing install cannot go unnoticed.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Browser.MissingPrerequisite() is { } missing && !Browser.IsCi)
        {
            Skip = missing;
        }
    }
}
