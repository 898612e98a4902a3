using Mediator;

namespace Cantine.Reservations.Contracts.GetBookingSheet;

/// <summary>
/// The manual §3 page of one family for the period containing <paramref name="Day"/> (today when null).
/// <paramref name="ForStaff"/>: a staff correction, where closed periods stay editable.
/// </summary>
public sealed record GetBookingSheetQuery(Guid FamilyId, DateOnly? Day, bool ForStaff = false) : IQuery<BookingSheetDto?>;
