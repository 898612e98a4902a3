using Cantine.BuildingBlocks.Contracts.Results;
using FluentValidation;
using Mediator;

namespace Cantine.BuildingBlocks.Pipeline;

/// <summary>
/// Runs every FluentValidation validator of a message before its handler. Refusals become a failed
/// <see cref="Result"/> when the handler returns one, so pages can show them next to their fields.
/// </summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        foreach (var validator in validators)
        {
            var outcome = await validator.ValidateAsync(message, cancellationToken);
            errors.AddRange(outcome.Errors.Select(f => new Error(f.ErrorCode, f.ErrorMessage, f.PropertyName)));
        }

        if (errors.Count == 0)
        {
            return await next(message, cancellationToken);
        }

        return ResultFailures.Create<TResponse>(errors)
            ?? throw new ValidationException(string.Join(" ", errors.Select(e => e.Message)));
    }
}
