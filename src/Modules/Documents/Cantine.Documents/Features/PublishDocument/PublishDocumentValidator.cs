using Cantine.BuildingBlocks.Validation;
using Cantine.Documents.Contracts;
using Cantine.Documents.Contracts.PublishDocument;
using FluentValidation;

namespace Cantine.Documents.Features.PublishDocument;

public sealed class PublishDocumentValidator : CommandValidator<PublishDocumentCommand>
{
    public PublishDocumentValidator()
    {
        RuleFor(c => c.Title).RequiredText(150);
        RuleFor(c => c.Category).Must(c => DocumentCategories.All.Contains(c)).WithErrorCode("Category").WithMessage(_ => DocumentsText.Get("Category"));
        RuleFor(c => c.FileName).RequiredText(200);
        RuleFor(c => c.VisibleUntil)
            .Must((c, until) => c.VisibleFrom is not { } from || until is not { } to || to >= from)
            .WithErrorCode("Window").WithMessage(_ => DocumentsText.Get("Window"));
    }
}
