using FluentValidation;

namespace Cantine.BuildingBlocks.Validation;

/// <summary>A validator that reports only the first problem of each field (one clear message per field).</summary>
public abstract class CommandValidator<T> : AbstractValidator<T>
{
    protected CommandValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
    }
}
