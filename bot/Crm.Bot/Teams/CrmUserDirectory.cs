using Crm.Bot.Protocol;
using Crm.Bot.Protocol.Connector;
using Crm.Data.Store;
using Crm.Data.Users;
using Microsoft.EntityFrameworkCore;

namespace Crm.Bot.Teams;

/// <summary>
/// Who is speaking (behaviour §1): the CRM user whose AadObjectId is the sender's <c>from.aadObjectId</c>,
/// else whose e-mail matches the sender's e-mail/UPN (from the activity, or Teams member info). Local
/// channels and replay, whose sender ids are CRM user ids, may also match on the id itself.
/// </summary>
public sealed class CrmUserDirectory(IServiceScopeFactory scopes, ConnectorClient connector, ILogger<CrmUserDirectory> logger)
{
    public async Task<User?> FindAsync(Activity activity, ActivityOrigin origin, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await FindAsync(scope.ServiceProvider.GetRequiredService<CrmDbContext>(), activity, origin, cancellationToken);
    }

    // Compiled: every Teams message looks its sender up this way.
    private static readonly PerModelQuery<Func<CrmDbContext, string, CancellationToken, Task<User?>>> ByAadObjectId = new(() =>
        EF.CompileAsyncQuery((CrmDbContext db, string aadObjectId, CancellationToken _) => db.Users.AsNoTracking().FirstOrDefault(u => u.AadObjectId == aadObjectId)));

    /// <summary>The same, reading through a context the caller already has (a turn's own).</summary>
    public async Task<User?> FindAsync(CrmDbContext db, Activity activity, ActivityOrigin origin, CancellationToken cancellationToken)
    {
        var from = activity.From;
        if (from is null)
        {
            return null;
        }
        if (!string.IsNullOrEmpty(from.AadObjectId) && await ByAadObjectId.For(db)(db, from.AadObjectId, cancellationToken) is { } byAad)
        {
            return byAad;
        }
        if (origin.SenderIdIsUserId && !string.IsNullOrEmpty(from.Id)
            && await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == from.Id, cancellationToken) is { } byId)
        {
            return byId;
        }
        var addresses = Addresses(from).ToList();
        if (addresses.Count == 0 && origin.Authenticated)
        {
            addresses.AddRange(Addresses(await MemberInfoAsync(activity, cancellationToken)));
        }
        foreach (var address in addresses.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var lower = address.ToLowerInvariant();
            if (await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Email != null && u.Email.ToLower() == lower, cancellationToken) is { } byEmail)
            {
                return byEmail;
            }
        }
        return null;
    }

    private static IEnumerable<string> Addresses(ChannelAccount? account) =>
        new[] { account?.ExtraString("email"), account?.ExtraString("userPrincipalName") }
            .Where(a => !string.IsNullOrWhiteSpace(a) && a.Contains('@', StringComparison.Ordinal))!;

    /// <summary>Teams member info carries e-mail and UPN; a failure there only means "unknown user".</summary>
    private async Task<ChannelAccount?> MemberInfoAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity is not { ServiceUrl: { } serviceUrl, Conversation.Id: { } conversationId, From.Id: { } memberId })
        {
            return null;
        }
        try
        {
            return await connector.GetMemberAsync(serviceUrl, conversationId, memberId, cancellationToken);
        }
        catch (Exception exception) when (exception is ConnectorException or HttpRequestException)
        {
            logger.LogWarning(exception, "Teams member info unavailable for a sender");
            return null;
        }
    }
}
