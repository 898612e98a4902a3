using Cantine.BuildingBlocks.Validation;
using Cantine.Messaging.Contracts.MarkThreadRead;
using FluentValidation;

namespace Cantine.Messaging.Features.MarkThreadRead;

public sealed class MarkThreadReadValidator : CommandValidator<MarkThreadReadCommand>
{
    public MarkThreadReadValidator() => RuleFor(c => c.ThreadId).NotEmpty();
}
