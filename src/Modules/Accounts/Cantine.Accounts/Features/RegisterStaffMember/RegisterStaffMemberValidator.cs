using Cantine.Accounts.Contracts.RegisterStaffMember;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.RegisterStaffMember;

public sealed class RegisterStaffMemberValidator : CommandValidator<RegisterStaffMemberCommand>
{
    public RegisterStaffMemberValidator()
    {
        RuleFor(c => c.FirstName).RequiredText(80);
        RuleFor(c => c.LastName).RequiredText(80);
        RuleFor(c => c.Email).RequiredEmail();
        RuleFor(c => c.Role).Must(r => r is "Administrateur" or "Agent").WithErrorCode("Role")
            .WithMessage(_ => AccountsText.Get("Validation.Role"));
        RuleFor(c => c.Login).OptionalText(60);
    }
}
