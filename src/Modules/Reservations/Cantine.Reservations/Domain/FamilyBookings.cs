using Cantine.BuildingBlocks.Domain;

namespace Cantine.Reservations.Domain;

/// <summary>
/// A family's bookings for one period, every child together: the stream's state and its inline snapshot,
/// shaped like the booking page (ADR 0012). <see cref="Revision"/> is the page's concurrency version.
/// </summary>
public sealed record FamilyBookings(
    Guid Id,
    Guid FamilyId,
    PeriodKind Kind,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    IReadOnlyList<BookedCell> Cells,
    IReadOnlyList<SubmissionOutcome> Submissions,
    int Revision)
{
    public static Guid StreamIdFor(string tenantId, Guid familyId, DateOnly periodStart) =>
        StableId.For("family-bookings", tenantId, familyId, periodStart);

    /// <summary>The version of a period nobody booked yet.</summary>
    public const int NoRevision = 0;

    /// <summary>The page's concurrency version of a family's period: a form built from another version is stale.</summary>
    public static string VersionOf(FamilyBookings? sheet) => (sheet?.Revision ?? NoRevision).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static FamilyBookings Create(FamilyPeriodOpened e) => new(e.StreamId, e.FamilyId, e.Kind, e.PeriodStart, e.PeriodEnd, [], [], 1);

    public FamilyBookings Apply(BookingsSubmitted e) => Change(e.Booked, e.Cancelled) with
    {
        Submissions = [.. Submissions, new SubmissionOutcome(e.SubmissionId, e.Booked.Count, e.Cancelled.Count)],
    };

    public FamilyBookings Apply(BookingsCorrected e) => Change(e.Booked, e.Cancelled);

    public FamilyBookings Apply(BookingPatternCopied e) => Change(e.Booked, e.Cancelled);

    public SubmissionOutcome? Outcome(Guid submissionId) => Submissions.FirstOrDefault(s => s.SubmissionId == submissionId);

    private FamilyBookings Change(IReadOnlyList<BookedCell> booked, IReadOnlyList<BookedCell> cancelled) => this with
    {
        Cells = [.. Cells.Except(cancelled).Union(booked).OrderBy(c => c.Date).ThenBy(c => c.ChildId).ThenBy(c => c.ServiceId)],
        Revision = Revision + 1,
    };
}
