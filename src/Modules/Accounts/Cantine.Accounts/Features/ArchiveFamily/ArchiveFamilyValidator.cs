using Cantine.Accounts.Contracts.ArchiveFamily;
using Cantine.BuildingBlocks.Validation;
using FluentValidation;

namespace Cantine.Accounts.Features.ArchiveFamily;

public sealed class ArchiveFamilyValidator : CommandValidator<ArchiveFamilyCommand>
{
    public ArchiveFamilyValidator() => RuleFor(c => c.FamilyId).NotEmpty();
}
