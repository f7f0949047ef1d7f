namespace Crm.Bot.Benchmarks.Messages;

/// <param name="Requests">Timed requests (after the warm-up).</param>
/// <param name="Concurrency">Connections, each with one request in flight.</param>
/// <param name="Warmup">At most this many untimed requests first (JIT, caches, connection set-up); the warm-up ends once the JIT has settled.</param>
/// <param name="Accounts">Accounts in the synthetic store (three contacts each).</param>
/// <param name="Authenticated">Connector tokens from a local issuer (as Teams); false runs the host in local mode.</param>
internal sealed record MessagesBenchOptions(int Requests, int Concurrency, int Warmup, int Accounts, bool Authenticated);
