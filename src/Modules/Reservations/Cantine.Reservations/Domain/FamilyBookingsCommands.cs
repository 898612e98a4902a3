namespace Cantine.Reservations.Domain;

// What a family or staff ask of a family's period, in the domain's words. SheetId names the period's stream
// (FamilyBookings.StreamIdFor), opened by the first change; Version is the page's FamilyBookings.VersionOf.

/// <summary>`Valider`: the cells the form ticks, once per <paramref name="SubmissionId"/>.</summary>
public sealed record SubmitBookings(Guid SheetId, Guid SubmissionId, string Version, IReadOnlyList<BookedCell> Ticked);

/// <summary>A staff correction of the cells the form ticks, after the deadline too.</summary>
public sealed record CorrectBookings(Guid SheetId, Guid StaffUserId, string Version, IReadOnlyList<BookedCell> Ticked);

/// <summary>The week pattern of the period starting <paramref name="SourcePeriodStart"/>, copied onto this one.</summary>
public sealed record CopyBookingPattern(Guid SheetId, DateOnly SourcePeriodStart, IReadOnlySet<(Guid ChildId, Guid ServiceId, DayOfWeek Day)> Pattern);
