using Cantine.BuildingBlocks.Validation;
using Cantine.Reservations.Contracts.CopyBookingPattern;
using FluentValidation;

namespace Cantine.Reservations.Features.CopyBookingPattern;

public sealed class CopyBookingPatternValidator : CommandValidator<CopyBookingPatternCommand>
{
    public CopyBookingPatternValidator()
    {
        RuleFor(c => c.FamilyId).NotEmpty();
        RuleFor(c => c.Until).GreaterThan(c => c.PeriodStart).WithErrorCode("Copy.Until").WithMessage(_ => ReservationsText.Get("Copy.Until"));
    }
}
