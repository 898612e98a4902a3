using Cantine.BuildingBlocks.Validation;
using Cantine.Documents.Contracts.ReplaceDocumentFile;
using FluentValidation;

namespace Cantine.Documents.Features.ReplaceDocumentFile;

public sealed class ReplaceDocumentFileValidator : CommandValidator<ReplaceDocumentFileCommand>
{
    public ReplaceDocumentFileValidator()
    {
        RuleFor(c => c.DocumentId).NotEmpty();
        RuleFor(c => c.FileName).RequiredText(200);
    }
}
