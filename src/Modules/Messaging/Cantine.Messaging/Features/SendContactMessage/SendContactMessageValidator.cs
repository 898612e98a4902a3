using Cantine.BuildingBlocks.Validation;
using Cantine.Messaging.Contracts.SendContactMessage;
using FluentValidation;

namespace Cantine.Messaging.Features.SendContactMessage;

public sealed class SendContactMessageValidator : CommandValidator<SendContactMessageCommand>
{
    public SendContactMessageValidator()
    {
        RuleFor(c => c.FamilyId).NotEmpty();
        RuleFor(c => c.GuardianId).NotEmpty();
        RuleFor(c => c.AuthorName).RequiredText(160);
        RuleFor(c => c.AuthorEmail).RequiredEmail();
        RuleFor(c => c.Subject).RequiredText(150);
        RuleFor(c => c.Body).RequiredText(5000, multiline: true);
        RuleFor(c => c.AttachmentName).OptionalText(200);
    }
}
