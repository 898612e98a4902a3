namespace Cantine.Reservations.Contracts;

/// <summary>
/// Error codes other modules and the pages act upon (not only show): one constant, used by the handler that refuses
/// and by the page that reacts, so neither recognises a refusal by searching its text (issue #11).
/// </summary>
public static class ReservationsErrors
{
    /// <summary>The page was built from an older version of the family's period: reload it, nothing was saved.</summary>
    public const string StaleVersion = "Bookings.Stale";
}
