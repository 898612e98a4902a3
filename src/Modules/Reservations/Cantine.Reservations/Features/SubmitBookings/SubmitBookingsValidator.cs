using Cantine.BuildingBlocks.Validation;
using Cantine.Reservations.Contracts.SubmitBookings;
using FluentValidation;

namespace Cantine.Reservations.Features.SubmitBookings;

/// <summary>Shape only: a month holds at most 31 days × a few services × a few children; the rules are the domain's.</summary>
public sealed class SubmitBookingsValidator : CommandValidator<SubmitBookingsCommand>
{
    public SubmitBookingsValidator()
    {
        RuleFor(c => c.FamilyId).NotEmpty();
        RuleFor(c => c.SubmissionId).NotEmpty();
        RuleFor(c => c.Version).NotNull().MaximumLength(20);
        RuleFor(c => c.Ticked).NotNull().Must(t => t.Count <= 2000);
        RuleForEach(c => c.Ticked).Must(t => t is not null && t.ChildId != Guid.Empty && t.ServiceId != Guid.Empty);
    }
}
