namespace Crm.Bot.Cards;

public static class CardsExtensions
{
    /// <summary>Registers the Adaptive Card renderer every channel (Teams, Direct Line, replay, terminal) uses.</summary>
    public static IServiceCollection AddCrmCards(this IServiceCollection services)
    {
        services.AddSingleton<IReplyRenderer, CardReplyRenderer>();
        return services;
    }
}
