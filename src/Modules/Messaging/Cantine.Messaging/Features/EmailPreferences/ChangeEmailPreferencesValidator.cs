using Cantine.BuildingBlocks;
using Cantine.BuildingBlocks.Validation;
using Cantine.Messaging.Contracts.EmailPreferences;
using Cantine.Messaging.Domain;
using FluentValidation;

namespace Cantine.Messaging.Features.EmailPreferences;

/// <summary>Shape only: known kinds, a version the page could have sent; a refusal asks for a reload, it names no field.</summary>
public sealed class ChangeEmailPreferencesValidator : CommandValidator<ChangeEmailPreferencesCommand>
{
    public ChangeEmailPreferencesValidator()
    {
        RuleFor(c => c.GuardianId).NotEmpty();
        RuleFor(c => c.Version).NotNull().MaximumLength(20).WithMessage(_ => CommonText.Get("Validation.StaleForm"));
        RuleFor(c => c.TurnedOn).NotNull().Must(k => k.Count <= 20).WithMessage(_ => CommonText.Get("Validation.StaleForm"));
        RuleForEach(c => c.TurnedOn).Must(k => Enum.TryParse<EmailKind>(k, out _)).WithMessage(_ => CommonText.Get("Validation.StaleForm"));
    }
}
