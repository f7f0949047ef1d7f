using System.Collections;
using Crm.Skills.Understanding.Engine;

namespace Crm.Skills.Conversation;

/// <summary>
/// The acting user's open tasks, read from the store the first time the reading of a message looks at
/// them ("the contract task is done", or answering which task was meant) rather than on every message:
/// most messages never do. The engine reads synchronously, on the turn's own flow, so a synchronous
/// query on the turn's context is safe here.
/// </summary>
internal sealed class OpenTaskList(Func<IReadOnlyList<OpenTask>> load) : IReadOnlyList<OpenTask>
{
    private IReadOnlyList<OpenTask>? _tasks;

    private IReadOnlyList<OpenTask> Tasks => _tasks ??= load();

    public OpenTask this[int index] => Tasks[index];

    public int Count => Tasks.Count;

    public IEnumerator<OpenTask> GetEnumerator() => Tasks.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
