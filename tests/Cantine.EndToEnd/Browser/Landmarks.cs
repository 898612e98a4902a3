namespace Cantine.EndToEnd.Browser;

/// <summary>What every page of the product shows in the same place, found as a screen reader finds it.</summary>
public static class Landmarks
{
    /// <summary>The page's one level-1 heading.</summary>
    public static ILocator Heading(this IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>The one-off message shown after a redirect (role status).</summary>
    public static ILocator Confirmation(this IPage page) => page.GetByRole(AriaRole.Status);
}
