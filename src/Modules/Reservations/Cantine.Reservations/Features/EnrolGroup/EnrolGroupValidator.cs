using Cantine.BuildingBlocks.Validation;
using Cantine.Reservations.Contracts.EnrolGroup;
using FluentValidation;

namespace Cantine.Reservations.Features.EnrolGroup;

public sealed class EnrolGroupValidator : CommandValidator<EnrolGroupCommand>
{
    public EnrolGroupValidator()
    {
        RuleFor(c => c.ServiceId).NotEmpty();
        RuleFor(c => c.School).RequiredText(120);
        RuleFor(c => c.Class).OptionalText(40);
    }
}
