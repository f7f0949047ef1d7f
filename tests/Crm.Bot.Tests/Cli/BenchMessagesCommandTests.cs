namespace Crm.Bot.Tests.Cli;

/// <summary><c>bench messages</c> end to end with tiny numbers: it measures nothing here, it must only work.</summary>
public sealed class BenchMessagesCommandTests
{
    [Fact]
    public async Task BenchMessages_TinyRunWithTokens_AnswersEveryMessageWithoutErrors()
    {
        using var cli = new CliProcess();

        var (exitCode, stdout, stderr) = await cli.RunAsync(
            "bench", "messages", "--requests", "40", "--warmup", "8", "--concurrency", "4", "--accounts", "30");

        Assert.True(exitCode == 0, stdout + stderr);
        Assert.Contains("Connector tokens validated", stdout, StringComparison.Ordinal);
        Assert.Contains("errors 0 (status 200: 40)", stdout, StringComparison.Ordinal);
        Assert.Contains("answered 48 of 48 messages", stdout, StringComparison.Ordinal);
        Assert.Contains(", 0 without a token", stdout, StringComparison.Ordinal);
        Assert.Contains("failed turns 0 ", stdout, StringComparison.Ordinal);
        Assert.Contains("the JIT was still busy, warm up longer (--warmup)", stdout, StringComparison.Ordinal); // 8 requests cannot settle it
        Assert.Matches(@"GC [\d,]+ collections \(gen0 [\d,]+, gen1 [\d,]+, gen2 [\d,]+\) paused every thread [\d,]+ ms in all", stdout);
    }
}
