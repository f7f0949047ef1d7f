using Crm.Data.Users;
using Crm.Skills.Acting;
using Microsoft.Extensions.Logging;

namespace Crm.Skills.Invoking;

/// <summary>
/// Wraps every skill call of a message (scoped: one per turn's DI scope). The engine does:
/// <code>
/// await using var message = invoker.BeginMessage(user, conversationId, messageId, text);
/// var found = await message.RunAsync&lt;FindSkills&gt;(s => s.FindAsync("acme", null, null, 5, ct));
/// await message.RunAsync&lt;DealSkills&gt;(s => s.UpdateDealAsync("D-1001", stage: DealStage.Won, ct: ct));
/// var outcome = await message.CommitAsync(ct); // ChangeResult, PreviewResult, RefusalResult or null
/// </code>
/// Skills may also be called directly (resolved from the same scope): their writes still go through
/// the scope's <see cref="ChangeWriter"/>, so permissions, audit and all-or-nothing hold either way.
/// </summary>
public sealed class SkillInvoker(IServiceProvider services, CurrentUser current, ChangeWriter writer, ILogger<MessageScope> logger)
{
    private MessageScope? _message;

    /// <param name="receivedAt">
    /// When the message arrived (<c>TurnInput.ReceivedAt</c>); "now" for every skill of this message.
    /// Omit to use the injected <see cref="TimeProvider"/>.
    /// </param>
    public MessageScope BeginMessage(User user, string conversationId, string? messageId, string? text, DateTimeOffset? receivedAt = null)
    {
        if (_message is not null)
            throw new InvalidOperationException("One message per scope: create a new DI scope for the next message.");
        current.Set(user, receivedAt);
        writer.Message = new MessageInfo(conversationId, messageId, text);
        _message = new MessageScope(services, current, writer, logger);
        return _message;
    }
}
