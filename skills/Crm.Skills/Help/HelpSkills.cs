using System.ComponentModel;
using Crm.Skills.Results;

namespace Crm.Skills.Help;

/// <summary>What the bot can do; the card renderer words it in the user's language.</summary>
public sealed class HelpSkills
{
    [Description("Explain what the bot can do, with examples ('help', '你能做什么').")]
    public Task<SkillResult> GetHelpAsync(CancellationToken ct = default) => Task.FromResult<SkillResult>(new HelpResult());
}
