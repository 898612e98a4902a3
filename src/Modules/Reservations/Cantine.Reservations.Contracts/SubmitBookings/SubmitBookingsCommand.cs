using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Reservations.Contracts.SubmitBookings;

/// <summary>
/// `Valider`: the whole period's ticked boxes of every child of the family. The server books what is newly
/// ticked and cancels what was unticked, all at once or not at all; refused after the deadline, for a
/// child of another family, a service the child is not enrolled in, or a closed day. <paramref name="Version"/>
/// comes from the sheet shown (a stale one is refused: reload); <paramref name="SubmissionId"/> makes a
/// repeated form harmless.
/// </summary>
public sealed record SubmitBookingsCommand(
    Guid FamilyId,
    DateOnly PeriodStart,
    IReadOnlyList<BookingCellInput> Ticked,
    string Version,
    Guid SubmissionId) : ICommand<Result<BookingsSavedDto>>;
