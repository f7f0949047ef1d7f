using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Crm.Bot.Tests.Cli;

public sealed class ServeCommandTests : IDisposable
{
    private readonly CliProcess cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task Serve_FirstStartOnEmptyStore_LoadsDemoDataAndSecondStartKeepsTheStore()
    {
        await ServeUntilHealthyAsync();
        var first = JsonNode.Parse((await cli.RunAsync("export")).Stdout)!;
        var deals = first["deals"]!.AsArray().Count;
        var owner = (string)first["users"]![0]!["id"]!;
        var extra = Path.Combine(cli.Folder, "extra.json");
        await File.WriteAllTextAsync(extra, $$"""
            {"format": "crm-exchange/1", "users": [], "contacts": [], "deals": [], "activities": [], "tickets": [], "tasks": [],
             "accounts": [{"id": "ACC-EXTRA", "name": "Quillon Ferries", "ownerId": "{{owner}}"}]}
            """);
        Assert.Equal(0, (await cli.RunAsync("import", extra)).ExitCode);

        await ServeUntilHealthyAsync();

        var second = JsonNode.Parse((await cli.RunAsync("export")).Stdout)!;
        Assert.True(deals > 0);
        Assert.Equal(deals, second["deals"]!.AsArray().Count);
        Assert.Contains(second["accounts"]!.AsArray(), a => (string?)a!["id"] == "ACC-EXTRA");
    }

    private async Task ServeUntilHealthyAsync()
    {
        var port = FreePort();
        using var process = cli.Start("serve", "--urls", $"http://127.0.0.1:{port}");
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (true)
            {
                Assert.False(process.HasExited, "serve stopped: " + await process.StandardError.ReadToEndAsync());
                try
                {
                    if ((await http.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                        return;
                }
                catch (HttpRequestException) when (DateTime.UtcNow < deadline)
                {
                }
                await Task.Delay(250);
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
