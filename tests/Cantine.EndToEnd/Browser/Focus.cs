namespace Cantine.EndToEnd.Browser;

/// <summary>What the keyboard user sees of the focused element.</summary>
public sealed record Focus
{
    public string Element { get; init; } = string.Empty;

    public bool MatchesFocusVisible { get; init; }

    public string OutlineStyle { get; init; } = string.Empty;

    public double OutlineWidth { get; init; }

    public bool InViewport { get; init; }

    /// <summary>A focus indicator is drawn (RGAA 10.7): <c>:focus-visible</c> applies and paints an outline on screen.</summary>
    public bool IsVisible => MatchesFocusVisible && OutlineStyle != "none" && OutlineWidth >= 2 && InViewport;

    public static async Task<Focus> OfAsync(IPage page) => await page.EvaluateAsync<Focus>(
        """
        () => {
          const e = document.activeElement;
          const s = getComputedStyle(e);
          const r = e.getBoundingClientRect();
          return {
            element: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.innerText ? ' "' + e.innerText.trim().slice(0, 40) + '"' : ''),
            matchesFocusVisible: e.matches(':focus-visible'),
            outlineStyle: s.outlineStyle,
            outlineWidth: parseFloat(s.outlineWidth) || 0,
            inViewport: r.width > 0 && r.height > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
          };
        }
        """);
}
