using Mediator;

namespace Cantine.Reservations.Contracts.GetBookingSheet;

/// <summary>
/// The manual §3 page of one family for the period containing <paramref name="Day"/>. When null: for parents, the
/// current booking period — the first period, from today's, whose deadline has not passed (so the page opens on a
/// period they can still book); for staff, today's period.
/// <paramref name="ForStaff"/>: a staff correction, where closed periods stay editable.
/// </summary>
public sealed record GetBookingSheetQuery(Guid FamilyId, DateOnly? Day, bool ForStaff = false) : IQuery<BookingSheetDto?>;
