using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.GetBookingSheet;
using Mediator;

namespace Cantine.Reservations.Features.GetBookingSheet;

// PLACEHOLDER: replaced by the Reservations implementation; must not survive into a resolved issue.
public sealed class GetBookingSheetHandler : IQueryHandler<GetBookingSheetQuery, BookingSheetDto?>
{
    public ValueTask<BookingSheetDto?> Handle(GetBookingSheetQuery message, CancellationToken ct) => throw new NotImplementedException();
}
