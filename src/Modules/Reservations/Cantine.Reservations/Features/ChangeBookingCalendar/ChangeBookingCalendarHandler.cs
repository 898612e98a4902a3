using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.ChangeBookingCalendar;
using Mediator;

namespace Cantine.Reservations.Features.ChangeBookingCalendar;

// PLACEHOLDER: replaced by the Reservations implementation; must not survive into a resolved issue.
public sealed class ChangeBookingCalendarHandler : ICommandHandler<ChangeBookingCalendarCommand, Result>
{
    public ValueTask<Result> Handle(ChangeBookingCalendarCommand message, CancellationToken ct) => throw new NotImplementedException();
}
