namespace Cantine.Reservations.Contracts.GetBookingSheet;

public sealed record ChildSheetDto(Guid ChildId, string FirstName, string LastName, IReadOnlyList<ServiceRowDto> Rows, int TotalCents);
