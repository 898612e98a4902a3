using Cantine.Accounts.Contracts.ChangeChildCareNotes;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.ChangeChildCareNotes;

public sealed class ChangeChildCareNotesValidator : CommandValidator<ChangeChildCareNotesCommand>
{
    public ChangeChildCareNotesValidator()
    {
        RuleFor(c => c.ChildId).NotEmpty();
        RuleFor(c => c.Allergies).OptionalText(500, multiline: true);
        RuleFor(c => c.StaffNotes).OptionalText(2000, multiline: true);
    }
}
