using Cantine.BuildingBlocks.Validation;
using Cantine.Reservations.Contracts.CorrectBookings;
using FluentValidation;

namespace Cantine.Reservations.Features.CorrectBookings;

public sealed class CorrectBookingsValidator : CommandValidator<CorrectBookingsCommand>
{
    public CorrectBookingsValidator()
    {
        RuleFor(c => c.FamilyId).NotEmpty();
        RuleFor(c => c.StaffUserId).NotEmpty();
        RuleFor(c => c.Version).NotNull().MaximumLength(20);
        RuleFor(c => c.Ticked).NotNull().Must(t => t.Count <= 2000);
        RuleForEach(c => c.Ticked).Must(t => t is not null && t.ChildId != Guid.Empty && t.ServiceId != Guid.Empty);
    }
}
