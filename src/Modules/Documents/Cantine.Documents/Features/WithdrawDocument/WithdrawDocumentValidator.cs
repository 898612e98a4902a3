using Cantine.BuildingBlocks.Validation;
using Cantine.Documents.Contracts.WithdrawDocument;
using FluentValidation;

namespace Cantine.Documents.Features.WithdrawDocument;

public sealed class WithdrawDocumentValidator : CommandValidator<WithdrawDocumentCommand>
{
    public WithdrawDocumentValidator() => RuleFor(c => c.DocumentId).NotEmpty();
}
