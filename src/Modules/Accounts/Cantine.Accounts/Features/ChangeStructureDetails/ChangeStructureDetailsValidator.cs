using Cantine.Accounts.Contracts.ChangeStructureDetails;
using Cantine.BuildingBlocks.Validation;

namespace Cantine.Accounts.Features.ChangeStructureDetails;

public sealed class ChangeStructureDetailsValidator : CommandValidator<ChangeStructureDetailsCommand>
{
    public ChangeStructureDetailsValidator()
    {
        RuleFor(c => c.Name).RequiredText(120);
        RuleFor(c => c.Street).RequiredText(120);
        RuleFor(c => c.PostalCode).RequiredText(10);
        RuleFor(c => c.City).RequiredText(80);
        RuleFor(c => c.Phone).OptionalPhone();
        RuleFor(c => c.ContactEmail).RequiredEmail();
    }
}
