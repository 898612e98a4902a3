using Cantine.Accounts.Contracts.ChangeChildDetails;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.ChangeChildDetails;

public sealed class ChangeChildDetailsValidator : CommandValidator<ChangeChildDetailsCommand>
{
    public ChangeChildDetailsValidator()
    {
        RuleFor(c => c.ChildId).NotEmpty();
        RuleFor(c => c.FirstName).RequiredText(80);
        RuleFor(c => c.LastName).RequiredText(80);
        RuleFor(c => c.BirthDate).ChildBirthDate();
        RuleFor(c => c.School).RequiredText(120);
        RuleFor(c => c.Class).OptionalText(40);
    }
}
