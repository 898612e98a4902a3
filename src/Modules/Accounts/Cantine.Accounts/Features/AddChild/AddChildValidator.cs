using Cantine.Accounts.Contracts.AddChild;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.AddChild;

public sealed class AddChildValidator : CommandValidator<AddChildCommand>
{
    public AddChildValidator()
    {
        RuleFor(c => c.FamilyId).NotEmpty();
        RuleFor(c => c.FirstName).RequiredText(80);
        RuleFor(c => c.LastName).RequiredText(80);
        RuleFor(c => c.BirthDate).ChildBirthDate();
        RuleFor(c => c.School).RequiredText(120);
        RuleFor(c => c.Class).OptionalText(40);
        RuleFor(c => c.Allergies).OptionalText(500, multiline: true);
        RuleFor(c => c.StaffNotes).OptionalText(2000, multiline: true);
    }
}
