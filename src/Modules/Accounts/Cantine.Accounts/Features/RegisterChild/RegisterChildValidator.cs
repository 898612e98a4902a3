using Cantine.Accounts.Contracts.RegisterChild;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.RegisterChild;

public sealed class RegisterChildValidator : CommandValidator<RegisterChildCommand>
{
    public RegisterChildValidator()
    {
        RuleFor(c => c.FamilyId).NotEmpty();
        RuleFor(c => c.FirstName).RequiredText(80);
        RuleFor(c => c.LastName).RequiredText(80);
        RuleFor(c => c.BirthDate).InclusiveBetween(new DateOnly(1990, 1, 1), new DateOnly(2100, 1, 1));
        RuleFor(c => c.School).RequiredText(120);
        RuleFor(c => c.Class).OptionalText(40);
    }
}
