using FluentValidation;

namespace Cantine.BuildingBlocks.Validation;

/// <summary>A validator that reports only the first problem of each field (one clear message per field), in French.</summary>
public abstract class CommandValidator<T> : AbstractValidator<T>
{
    static CommandValidator()
    {
        // Wherever a validator runs (a request, a job, a module's tests), its default messages are French (issue #18).
        FrenchValidationMessages.Use();
    }

    protected CommandValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
    }
}
