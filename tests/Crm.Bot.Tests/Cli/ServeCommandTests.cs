using System.Net;
using System.Net.Sockets;

namespace Crm.Bot.Tests.Cli;

/// <summary>The real executable serving from a working directory that has no appsettings.json of its own.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_FromAnotherWorkingDirectory_KeepsTheAppsDefaultsAndLogsNoSqlCommands()
    {
        using var cli = new CliProcess();
        var port = FreePort();
        using var process = cli.Start("serve", "--urls", $"http://127.0.0.1:{port}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            Assert.Equal(HttpStatusCode.OK, await WaitForHealthAsync(port));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var output = await stdout + await stderr;
        // Migrating and loading the demo data run dozens of SQL commands: EF Core's Information level would print each.
        Assert.Contains("loaded the demo data", output);
        Assert.DoesNotContain("Executed DbCommand", output);
    }

    private static async Task<HttpStatusCode> WaitForHealthAsync(int port)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 120; attempt++)
        {
            try
            {
                using var response = await http.GetAsync($"http://127.0.0.1:{port}/health");
                return response.StatusCode;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(500);
            }
        }
        throw new TimeoutException("serve did not answer /health within a minute");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
