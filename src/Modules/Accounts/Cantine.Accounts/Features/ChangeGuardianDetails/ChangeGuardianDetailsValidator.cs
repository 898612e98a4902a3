using Cantine.Accounts.Contracts.ChangeGuardianDetails;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.ChangeGuardianDetails;

public sealed class ChangeGuardianDetailsValidator : CommandValidator<ChangeGuardianDetailsCommand>
{
    public ChangeGuardianDetailsValidator()
    {
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.Civility).OptionalText(20);
        RuleFor(c => c.FirstName).RequiredText(80);
        RuleFor(c => c.LastName).RequiredText(80);
        RuleFor(c => c.Email).RequiredEmail();
        RuleFor(c => c.Phone).OptionalPhone();

        // The invoices' address: all three parts, or none.
        RuleFor(c => c.Street).OptionalText(200);
        When(c => !string.IsNullOrWhiteSpace(c.Street) || !string.IsNullOrWhiteSpace(c.PostalCode) || !string.IsNullOrWhiteSpace(c.City), () =>
        {
            RuleFor(c => c.Street).RequiredText(200);
            RuleFor(c => c.PostalCode).RequiredText(10);
            RuleFor(c => c.City).RequiredText(100);
        });
    }
}
