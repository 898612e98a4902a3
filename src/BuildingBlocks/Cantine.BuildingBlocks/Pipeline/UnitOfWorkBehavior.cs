using Cantine.BuildingBlocks.Auditing;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Persistence;
using Cantine.BuildingBlocks.Tenancy;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cantine.BuildingBlocks.Pipeline;

/// <summary>
/// Saves the scope's session once after a command's handler, so that the events it appended, the
/// documents it stored and the integration events it published commit together or not at all.
/// A refusal may still save (a failed sign-in counts towards the lockout). Queries never save.
/// A write that lost a race (<see cref="WriteConflicts"/>) is rolled back and the command runs again in a
/// fresh scope, on fresh data; after <see cref="MaxRetries"/> it becomes a French refusal, never a 500 (ADR 0019).
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(
    UnitOfWork unitOfWork, ITenantContext tenant, ICurrentActor actor, TenantScopeFactory scopes,
    ILogger<UnitOfWorkBehavior<TMessage, TResponse>> log)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public const int MaxRetries = 20;

    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand)
        {
            return await next(message, cancellationToken);
        }

        try
        {
            var response = await next(message, cancellationToken);
            if (unitOfWork.IsOpen)
            {
                await unitOfWork.CommitAsync(cancellationToken);
            }

            return response;
        }
        catch (Exception exception) when (WriteConflicts.Is(exception))
        {
            return await RetryAsync(message, exception, cancellationToken);
        }
    }

    private async ValueTask<TResponse> RetryAsync(TMessage message, Exception conflict, CancellationToken cancellationToken)
    {
        var attempt = ConflictRetries.Current + 1;
        if (attempt > MaxRetries || !tenant.HasTenant)
        {
            log.LogWarning(conflict, "{Command} lost {Attempts} write races in a row: refused", typeof(TMessage).Name, attempt);
            return ResultFailures.Create<TResponse>([new Error("ConcurrentChange", CommonText.Get("ConcurrentChange"))])
                ?? throw new InvalidOperationException($"{typeof(TMessage).Name} lost a write race and cannot be refused.", conflict);
        }

        log.LogInformation("{Command} lost a write race ({Reason}): attempt {Attempt}", typeof(TMessage).Name, conflict.GetType().Name, attempt + 1);

        // A short random pause, so that the racers of a crowd do not collide again at once.
        await Task.Delay(Random.Shared.Next(1, 10 * attempt), cancellationToken);
        using var _ = ConflictRetries.Enter(attempt);
        await using var scope = scopes.Create(tenant.TenantId, actor.Id);
        var response = await scope.ServiceProvider.GetRequiredService<ISender>().Send(message, cancellationToken);
        return (TResponse)response!;
    }
}
