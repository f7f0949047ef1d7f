using System.Net;
using Crm.Bot.DirectLine;
using Crm.Bot.Protocol;
using Crm.Data.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Bot.WebChat;

/// <summary>
/// The local Web Chat page at <c>/</c>: pick a demo user, get a token for a new Direct Line conversation
/// as that user, chat. Local mode and loopback callers only: the picker lets anyone speak as anyone.
/// </summary>
internal static class WebChatEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("").DisableAntiforgery();
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var local = http.RequestServices.GetRequiredService<IOptions<BotOptions>>().Value.IsLocalMode;
            var loopback = http.Connection.RemoteIpAddress is not { } remote || IPAddress.IsLoopback(remote);
            return local && loopback ? await next(context) : Results.NotFound();
        });
        group.MapGet("/", (WebChatBundle bundle) => Results.Content(WebChatPage.Html(bundle.Path is not null), "text/html; charset=utf-8"));
        group.MapGet("/webchat/page.js", () => Results.Content(WebChatPage.Script(), "text/javascript; charset=utf-8"));
        group.MapGet("/webchat/webchat.js", (WebChatBundle bundle) => bundle.Path is { } path
            ? Results.File(path, "text/javascript; charset=utf-8")
            : Results.NotFound($"Web Chat is not installed: {WebChatBundle.InstallHint}"));
        group.MapGet("/webchat/users", ListUsersAsync);
        group.MapPost("/webchat/token", IssueTokenAsync);
    }

    private static async Task<IResult> ListUsersAsync(CrmDbContext db, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Id).ToListAsync(cancellationToken);
        return Results.Ok(users.Select(u => new WebChatUser(u.Id, u.Name, u.Role.ToString().ToLowerInvariant(), u.Locale)));
    }

    /// <summary>A token for a new conversation, with the chosen user embedded so every message is theirs.</summary>
    private static async Task<IResult> IssueTokenAsync(WebChatTokenRequest request, CrmDbContext db, DirectLineTokens tokens, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.UserId) || !await db.Users.AnyAsync(u => u.Id == request.UserId, cancellationToken))
        {
            return DirectLineJson.Error(400, "UnknownUser", "Pick one of the users from /webchat/users.");
        }
        var conversationId = DirectLineConversations.NewId();
        return Results.Ok(new ConversationResponse(conversationId, tokens.Issue(conversationId, request.UserId), (int)tokens.Lifetime.TotalSeconds));
    }
}

internal sealed record WebChatUser(string Id, string Name, string Role, string Locale);

internal sealed record WebChatTokenRequest(string? UserId);
