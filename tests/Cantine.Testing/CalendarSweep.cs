using System.Globalization;
using Xunit;

namespace Cantine.Testing;

/// <summary>
/// The Paris wall-clock instants where a date rule is most likely to break, for theories of the date-sensitive tests:
/// a weekend, Christmas to New Year, both DST changes, the school year's turn, 29 February, a month's last second.
/// "One second before and after a deadline" is relative to each town's deadline: the tests derive it from these.
/// </summary>
public static class CalendarSweep
{
    private const string Pattern = "yyyy-MM-dd HH:mm:ss";

    /// <summary>In ascending order, so a host whose state depends on the past (closed periods) is only moved forward.</summary>
    public static readonly IReadOnlyList<DateTime> Instants =
    [
        new(2026, 12, 5, 12, 0, 0),     // a Saturday
        new(2026, 12, 6, 12, 0, 0),     // a Sunday
        new(2026, 12, 24, 12, 0, 0),    // Christmas Eve: the next weeks hold two bank holidays
        new(2026, 12, 31, 23, 59, 59),  // the year's last second
        new(2027, 1, 1, 0, 0, 1),       // the new year's first second (a bank holiday)
        new(2027, 3, 28, 1, 59, 59),    // the last second before summer time
        new(2027, 3, 28, 3, 0, 1),      // the first second of summer time (02:00–03:00 does not exist)
        new(2027, 4, 30, 23, 59, 59),   // a month's last second
        new(2027, 8, 31, 23, 59, 59),   // the school year's last second
        new(2027, 9, 1, 0, 0, 1),       // the school year's first second
        new(2027, 10, 31, 2, 30, 0),    // the repeated hour of winter time (its first occurrence)
        new(2028, 2, 29, 12, 0, 0),     // a leap day
    ];

    /// <summary>The instants as theory data, written so a failing row names its instant.</summary>
    public static TheoryData<string> ParisInstants => new(Instants.Select(Format));

    public static string Format(DateTime parisInstant) => parisInstant.ToString(Pattern, CultureInfo.InvariantCulture);

    public static DateTime Parse(string parisInstant) => DateTime.ParseExact(parisInstant, Pattern, CultureInfo.InvariantCulture);
}
