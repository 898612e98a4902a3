using Cantine.Reservations.Contracts.SubmitBookings;
using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Reservations.Contracts.CorrectBookings;

/// <summary>A staff correction of a family's period, allowed after the deadline and recorded in the audit trail.</summary>
public sealed record CorrectBookingsCommand(
    Guid FamilyId,
    DateOnly PeriodStart,
    IReadOnlyList<BookingCellInput> Ticked,
    string Version,
    Guid StaffUserId) : ICommand<Result<BookingsSavedDto>>;
