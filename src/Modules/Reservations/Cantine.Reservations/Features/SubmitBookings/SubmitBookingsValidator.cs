using Cantine.BuildingBlocks;
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
        // Hidden fields the parent never sees: a refusal asks for a reload, it names no field (issue #18).
        RuleFor(c => c.SubmissionId).NotEmpty().WithMessage(_ => CommonText.Get("Validation.StaleForm"));
        RuleFor(c => c.Version).NotNull().WithMessage(_ => CommonText.Get("Validation.StaleForm"))
            .MaximumLength(20).WithMessage(_ => CommonText.Get("Validation.StaleForm"));
        RuleFor(c => c.Ticked).NotNull().WithMessage(_ => CommonText.Get("Validation.StaleForm"))
            .Must(t => t.Count <= 2000).WithMessage(_ => CommonText.Get("Validation.StaleForm"));
        RuleForEach(c => c.Ticked).Must(t => t is not null && t.ChildId != Guid.Empty && t.ServiceId != Guid.Empty).WithMessage(_ => CommonText.Get("Validation.StaleForm"));
    }
}
