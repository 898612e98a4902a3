namespace Cantine.EndToEnd.Browser;

/// <summary>
/// What a phone's screen shows beyond "the page does not scroll sideways" (issue #17): no part of the page scrolls
/// sideways inside itself either (a table in a scrolling region hides its last columns), and a box is big enough
/// for a thumb.
/// </summary>
public static class PhoneLayout
{
    /// <summary>Every element of <c>main</c> whose content is wider than its box and that scrolls or clips it, described.</summary>
    public static Task<string[]> SidewaysScrollersAsync(IPage page) => page.EvaluateAsync<string[]>(
        """
        () => Array.from(document.querySelectorAll("main *"))
          .filter(e => {
            const overflow = getComputedStyle(e).overflowX;
            return (overflow === "auto" || overflow === "scroll") && e.scrollWidth > e.clientWidth + 1;
          })
          .map(e => e.tagName.toLowerCase() + (e.className ? "." + String(e.className).replace(/\s+/g, ".") : "")
            + " " + e.scrollWidth + " px wide for " + e.clientWidth + " px: " + e.textContent.replace(/\s+/g, " ").trim().slice(0, 60))
        """);

    /// <summary>
    /// The area a tap on <paramref name="box"/> reaches: the box and its label, the larger of the two boxes (WCAG
    /// 2.5.5's 44 × 44 px is met by either).
    /// </summary>
    public static Task<double[]> HitAreaAsync(ILocator box) => box.EvaluateAsync<double[]>(
        """
        b => {
          const boxes = [b, ...Array.from(b.labels || [])].map(e => e.getBoundingClientRect());
          const widest = boxes.reduce((a, r) => r.width * r.height > a.width * a.height ? r : a);
          return [widest.width, widest.height];
        }
        """);

    /// <summary>Whether <paramref name="element"/> is on screen and not covered by something else (a sticky bar) at its centre.</summary>
    public static Task<bool> IsUncoveredAsync(ILocator element) => element.EvaluateAsync<bool>(
        """
        e => {
          const r = e.getBoundingClientRect();
          const x = r.left + r.width / 2, y = r.top + r.height / 2;
          if (r.width === 0 || y < 0 || y > innerHeight || x < 0 || x > innerWidth) return false;
          const hit = document.elementFromPoint(x, y);
          return hit !== null && (hit === e || e.contains(hit) || Array.from(e.labels || []).some(l => l === hit || l.contains(hit)));
        }
        """);
}
