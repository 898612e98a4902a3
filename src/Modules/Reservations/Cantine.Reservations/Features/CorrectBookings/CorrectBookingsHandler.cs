using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.CorrectBookings;
using Cantine.Reservations.Contracts.SubmitBookings;
using Mediator;

namespace Cantine.Reservations.Features.CorrectBookings;

// PLACEHOLDER: replaced by the Reservations implementation; must not survive into a resolved issue.
public sealed class CorrectBookingsHandler : ICommandHandler<CorrectBookingsCommand, Result<BookingsSavedDto>>
{
    public ValueTask<Result<BookingsSavedDto>> Handle(CorrectBookingsCommand message, CancellationToken ct) => throw new NotImplementedException();
}
