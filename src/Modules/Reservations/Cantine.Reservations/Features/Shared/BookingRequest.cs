using Cantine.Reservations.Domain;

namespace Cantine.Reservations.Features.Shared;

/// <summary>
/// A change of one family's period. <see cref="Version"/> null: no stale-page check (a copied pattern);
/// <see cref="SubmissionId"/> set: the same form twice changes things once.
/// </summary>
internal sealed record BookingRequest(
    Guid FamilyId,
    DateOnly PeriodStart,
    bool ByStaff,
    string? Version,
    Guid? SubmissionId,
    Func<BookingSituation, FamilyBookings?, BookingChange> Decide,
    Func<BookingChange, object> ToEvent,
    Guid? StaffUserId = null);
