using Cantine.BuildingBlocks.Validation;
using Cantine.Messaging.Contracts.ArchiveThread;
using FluentValidation;

namespace Cantine.Messaging.Features.ArchiveThread;

public sealed class ArchiveThreadValidator : CommandValidator<ArchiveThreadCommand>
{
    public ArchiveThreadValidator() => RuleFor(c => c.ThreadId).NotEmpty();
}
