using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.SubmitBookings;
using Mediator;

namespace Cantine.Reservations.Features.SubmitBookings;

// PLACEHOLDER: replaced by the Reservations implementation; must not survive into a resolved issue.
public sealed class SubmitBookingsHandler : ICommandHandler<SubmitBookingsCommand, Result<BookingsSavedDto>>
{
    public ValueTask<Result<BookingsSavedDto>> Handle(SubmitBookingsCommand message, CancellationToken ct) => throw new NotImplementedException();
}
