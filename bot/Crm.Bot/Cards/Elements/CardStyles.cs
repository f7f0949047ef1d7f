namespace Crm.Bot.Cards.Elements;

public enum Spacing { Default, None, Small, Medium, Large, ExtraLarge, Padding }

public enum TextSize { Default, Small, Medium, Large, ExtraLarge }

public enum TextWeight { Default, Lighter, Bolder }

public enum TextColor { Default, Dark, Light, Accent, Good, Warning, Attention }

public enum ContainerStyle { Default, Emphasis, Good, Attention, Warning, Accent }

public enum ActionStyle { Default, Positive, Destructive }

/// <summary>Adaptive Card enum values are camelCase strings ("extraLarge", "attention").</summary>
internal static class CardEnum
{
    public static string Name<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        return string.Concat(char.ToLowerInvariant(name[0]).ToString(), name[1..]);
    }
}
