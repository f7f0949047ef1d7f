using Crm.Skills.Acting;
using Crm.Skills.Catalog;
using Crm.Skills.Results;
using Crm.Skills.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Skills.Invoking;

/// <summary>
/// One message's unit of work: every write made while it is open lands in one change set, committed
/// once by <see cref="CommitAsync"/> (or, when the turn holds the commit, by <see cref="FinishAsync"/>) or not at
/// all. Disposing without committing rolls back.
/// </summary>
public sealed class MessageScope : IAsyncDisposable
{
    private readonly IServiceProvider _services;
    private readonly CurrentUser _current;
    private readonly ChangeWriter _writer;
    private readonly ILogger _logger;
    private bool _finished;
    private bool _holdCommit;
    /// <summary>The outcome of <see cref="CommitAsync"/> while its transaction waits for <see cref="FinishAsync"/>.</summary>
    private ChangeResult? _held;

    internal MessageScope(IServiceProvider services, CurrentUser current, ChangeWriter writer, ILogger logger) =>
        (_services, _current, _writer, _logger) = (services, current, writer, logger);

    /// <summary>True once any call in this message was refused: the commit will write nothing.</summary>
    public bool IsRefused => _writer.IsRefused;

    /// <summary>Everything written so far in this message, one entry per record.</summary>
    public IReadOnlyList<RecordChange> Changes => _writer.Records;

    /// <summary>Calls one skill method of this message. Any refusal it returns also refuses the message.</summary>
    public async Task<SkillResult> RunAsync<TSkill>(Func<TSkill, Task<SkillResult>> call) where TSkill : notnull
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        return Note(await call(_services.GetRequiredService<TSkill>()));
    }

    /// <summary>Calls a skill by its catalog name with JSON-like arguments: the path a language model's tool call takes.</summary>
    public async Task<SkillResult> CallAsync(string functionName, IDictionary<string, object?> arguments, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        return Note(await _services.GetRequiredService<SkillCatalog>().InvokeAsync(functionName, arguments, _services, ct));
    }

    /// <summary>
    /// A look-up by a language model while it works out the message: a read skill by catalog name. A
    /// refusal it returns (an unknown id) goes back to the model rather than refusing the message, so
    /// only read skills may be called this way; one that wrote would be a bug and throws.
    /// </summary>
    public async Task<SkillResult> ReadAsync(string functionName, IDictionary<string, object?> arguments, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        var before = _writer.Records.Count;
        var result = await _services.GetRequiredService<SkillCatalog>().InvokeAsync(functionName, arguments, _services, ct);
        if (_writer.Records.Count != before || _writer.IsRefused)
            throw new InvalidOperationException($"{functionName} is not a read skill.");
        return result;
    }

    /// <summary>Write skills register their own refusals; this catches the rest (a read that found nothing).</summary>
    private SkillResult Note(SkillResult result)
    {
        if (result is RefusalResult refusal && !_writer.Refusals.Any(r => ReferenceEquals(r, refusal)))
            _writer.Refuse(refusal);
        return result;
    }

    /// <summary>
    /// Ends the message. Returns the first <see cref="RefusalResult"/> if any call was refused (nothing
    /// written); a <see cref="PreviewResult"/> if the user confirms before writing (nothing written yet);
    /// the <see cref="ChangeResult"/> of everything written; or null when the message wrote nothing
    /// (or was already rolled back).
    /// </summary>
    public async Task<SkillResult?> CommitAsync(CancellationToken ct)
    {
        // After RollbackAsync (the engine chose to ask instead) there is nothing left to commit.
        if (_finished)
            return null;
        _finished = true;
        if (_writer.IsRefused)
        {
            await _writer.RollbackAsync(ct);
            // Ids and reasons only: message text and field values may hold personal data.
            _logger.LogInformation("Message {MessageId} of {UserId} refused ({Reason}); nothing written",
                _writer.Message?.MessageId, _current.Id, _writer.Refusals[0].Reason);
            return _writer.Refusals[0];
        }
        if (_writer.ChangeSet is null)
        {
            await _writer.RollbackAsync(ct);
            return null;
        }
        if (!_writer.Confirmed && !OnlySettings() && await _services.GetRequiredService<ConfirmSetting>().IsOnAsync(_current.Id, ct))
            return await PreviewAsync(ct);
        var result = new ChangeResult(_writer.ChangeSet.Id, [.. _writer.Records]);
        if (_holdCommit)
            _held = result;
        else
            await CommitNowAsync(result, ct);
        return result;
    }

    /// <summary>
    /// Keeps the transaction of <see cref="CommitAsync"/> open until <see cref="FinishAsync"/>, so what the turn
    /// saves after deciding its outcome (its conversation state) commits with its writes: one write to the
    /// store per message rather than two (on SQLite, one turn at the store's write lock fewer). Disposing the
    /// scope before <see cref="FinishAsync"/> still rolls everything back.
    /// </summary>
    internal void HoldCommitUntilFinished() => _holdCommit = true;

    /// <summary>Commits what <see cref="CommitAsync"/> held, if anything.</summary>
    internal async Task FinishAsync(CancellationToken ct)
    {
        if (_held is { } result)
        {
            _held = null;
            await CommitNowAsync(result, ct);
        }
    }

    private async Task CommitNowAsync(ChangeResult result, CancellationToken ct)
    {
        await _writer.CommitTransactionAsync(ct);
        _logger.LogInformation("Message {MessageId} of {UserId} committed change set {ChangeSetId} ({RecordCount} records)",
            _writer.Message?.MessageId, _current.Id, result.ChangeSetId, result.Records.Count);
    }

    /// <summary>Abandons the message (for example to ask a question first): nothing it wrote is kept.</summary>
    public async Task RollbackAsync(CancellationToken ct)
    {
        if (_finished && _held is null)
            return;
        _finished = true;
        _held = null;
        await _writer.RollbackAsync(ct);
    }

    public async ValueTask DisposeAsync() => await RollbackAsync(CancellationToken.None);

    private async Task<SkillResult> PreviewAsync(CancellationToken ct)
    {
        var log = _writer.Log.ToList();
        var records = _writer.Records.ToList();
        await _writer.RollbackAsync(ct);
        var id = await _services.GetRequiredService<PendingChanges>().SaveAsync(_current.Id, _writer.Message, _current.UtcNow, log, records, ct);
        return new PreviewResult(id, records);
    }

    private bool OnlySettings() => _writer.Records.All(r => r.Entity == "settings");
}
