using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Reservations.Contracts.CopyBookingPattern;

/// <summary>Copies the family's bookings of the period starting <paramref name="PeriodStart"/> to the following periods up to <paramref name="Until"/>, each checked against its own deadline.</summary>
public sealed record CopyBookingPatternCommand(Guid FamilyId, DateOnly PeriodStart, DateOnly Until) : ICommand<Result<CopyPatternResultDto>>;
