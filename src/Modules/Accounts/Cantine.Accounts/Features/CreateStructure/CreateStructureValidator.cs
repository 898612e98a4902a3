using Cantine.Accounts.Contracts.CreateStructure;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.CreateStructure;

public sealed class CreateStructureValidator : CommandValidator<CreateStructureCommand>
{
    public CreateStructureValidator()
    {
        RuleFor(c => c.Slug).Must(TenantSlug.IsValid).WithErrorCode("Slug").WithMessage(_ => AccountsText.Get("Validation.Slug"));
        RuleFor(c => c.Name).RequiredText(120);
        RuleFor(c => c.Street).RequiredText(200);
        RuleFor(c => c.PostalCode).RequiredText(10);
        RuleFor(c => c.City).RequiredText(100);
        RuleFor(c => c.Phone).RequiredText(30).OptionalPhone();
        RuleFor(c => c.ContactEmail).RequiredEmail();
        RuleFor(c => c.PeriodKind).Must(k => k is "Week" or "Month").WithErrorCode("PeriodKind")
            .WithMessage(_ => AccountsText.Get("Validation.PeriodKind"));
        RuleFor(c => c.OpeningDays).NotEmpty().WithMessage(_ => AccountsText.Get("Validation.Required"));
        RuleFor(c => c.AdminFirstName).RequiredText(80);
        RuleFor(c => c.AdminLastName).RequiredText(80);
        RuleFor(c => c.AdminEmail).RequiredEmail();
        RuleFor(c => c.AdminLogin).OptionalText(60);
    }
}
