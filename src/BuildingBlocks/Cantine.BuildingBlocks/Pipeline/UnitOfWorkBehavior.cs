using Cantine.BuildingBlocks.Persistence;
using Mediator;

namespace Cantine.BuildingBlocks.Pipeline;

/// <summary>
/// Saves the scope's session once after a command's handler, so that the events it appended, the
/// documents it stored and the integration events it published commit together or not at all.
/// A refusal may still save (a failed sign-in counts towards the lockout). Queries never save.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(UnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        if (message is IBaseCommand && unitOfWork.IsOpen)
        {
            await unitOfWork.CommitAsync(cancellationToken);
        }

        return response;
    }
}
