using Crm.Bot.Hosting;

namespace Crm.Bot.Tests.Hosting;

public sealed class OccasionalCheckTests
{
    [Fact]
    public void IsDue_OnceEveryNCalls()
    {
        var check = new OccasionalCheck(3);

        var answers = Enumerable.Range(0, 9).Select(_ => check.IsDue()).ToList();

        Assert.Equal([false, false, true, false, false, true, false, false, true], answers);
    }
}
