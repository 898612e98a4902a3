namespace Cantine.Host.Areas.Admin.Pages.Reservations;

/// <summary>A fieldset of week-day checkboxes posted as <paramref name="Name"/> (one value per day, by its English name).</summary>
public sealed record DayChecks(string Name, string Legend, IReadOnlyCollection<DayOfWeek> Selected)
{
    public static readonly IReadOnlyList<DayOfWeek> Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday];
}
