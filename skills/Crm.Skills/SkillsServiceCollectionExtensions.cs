using Crm.Skills.Acting;
using Crm.Skills.Activities;
using Crm.Skills.Catalog;
using Crm.Skills.Contacts;
using Crm.Skills.Customers;
using Crm.Skills.Deals;
using Crm.Skills.Find;
using Crm.Skills.Help;
using Crm.Skills.Ids;
using Crm.Skills.Invoking;
using Crm.Skills.Permissions;
using Crm.Skills.Pipeline;
using Crm.Skills.Settings;
using Crm.Skills.Tasks;
using Crm.Skills.Tickets;
using Crm.Skills.Undo;
using Crm.Skills.Understanding.Index;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Crm.Skills;

public static class SkillsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the skills, the invoker and what they need, explicitly. Everything per message is
    /// scoped: create one DI scope per turn. The host registers <c>CrmDbContext</c> (scoped) and may
    /// replace <see cref="TimeProvider"/> (tests and replay pin "now").
    /// </summary>
    public static IServiceCollection AddCrmSkills(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.TryAddSingleton<StoreIndexCache>();
        services.AddSingleton<SkillCatalog>();

        services.AddScoped<CurrentUser>();
        services.AddScoped<ChangeWriter>();
        services.AddScoped<SkillInvoker>();
        services.AddScoped<PermissionPolicy>();
        services.AddScoped<ChangeApplier>();
        services.AddScoped<PendingChanges>();
        services.AddScoped<ConfirmSetting>();
        services.AddScoped<RecordIds>();
        services.AddScoped<LinkChecks>();
        services.AddScoped<DealScopes>();

        foreach (var skill in SkillCatalog.SkillTypes)
            services.AddScoped(skill);
        return services;
    }
}
