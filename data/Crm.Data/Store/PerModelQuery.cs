using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Crm.Data.Store;

/// <summary>
/// A query compiled with <see cref="EF.CompileAsyncQuery{TContext, TResult}(System.Linq.Expressions.Expression{Func{TContext, TResult}})"/>,
/// once per model. Compiling skips EF's translation cache lookup (hashing the whole expression tree), which for
/// the small lookups every message makes cost more than running them; but a compiled query is bound to the
/// first model it runs against, and one process may hold several (SQLite and PostgreSQL stores side by side).
/// </summary>
public sealed class PerModelQuery<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = new();

    public TQuery For(DbContext db) => _byModel.GetValue(db.Model, _ => compile());
}
