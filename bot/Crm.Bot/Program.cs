using Crm.Bot.Protocol;
using Crm.Bot.Teams;

var builder = WebApplication.CreateBuilder(args);
builder.AddBotProtocol();
var app = builder.Build();
app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
app.MapBotMessages();
app.Run();

/// <summary>Visible to WebApplicationFactory in tests.</summary>
public partial class Program;
