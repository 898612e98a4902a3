using Cantine.BuildingBlocks.Auditing;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Jobs;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.BuildingBlocks.Tenancy;

/// <summary>Opens a DI scope bound to one tenant, for jobs and tools that run outside a request.</summary>
public sealed class TenantScopeFactory(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <param name="actor">The author of the scope's events (<see cref="Actors"/>): a job passes <see cref="Actors.Job"/>.</param>
    public AsyncServiceScope Create(string tenantId, string actor = Actors.System)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(tenantId);
        scope.ServiceProvider.GetRequiredService<ICurrentActor>().Set(actor);
        return scope;
    }

    /// <summary>
    /// The loop of the recurring jobs: sends <paramref name="command"/> to every town in turn, each in its own scope with
    /// <paramref name="actor"/> as author, and hands each town's answer to <paramref name="done"/> (to log it).
    /// </summary>
    public async Task SendToEveryTownAsync<TResponse>(
        ITenantDirectory tenants, Func<ICommand<TResponse>> command, Action<string, TResponse> done, CancellationToken ct, string actor = Actors.Job)
    {
        foreach (var tenantId in await tenants.ListTenantIdsAsync(ct))
        {
            var message = command();
            var startedAt = clock.GetUtcNow();
            var took = System.Diagnostics.Stopwatch.StartNew();
            TResponse response;
            try
            {
                await using var scope = Create(tenantId, actor);
                response = await scope.ServiceProvider.GetRequiredService<ISender>().Send(message, ct);
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                await RecordRunAsync(tenantId, message.GetType().Name, startedAt, took.Elapsed, "Failed", ct);
                throw;
            }

            await RecordRunAsync(tenantId, message.GetType().Name, startedAt, took.Elapsed, response is IOutcome { Errors: [var first, ..] } ? first.Code : "Ok", ct);
            done(tenantId, response);
        }
    }

    /// <summary>
    /// The town's own record of a job's run (<see cref="IJobRunLog"/>), in a scope of its own: the job's may be broken.
    /// A background task that is not a recurring job (a CSV import) records its runs here too.
    /// </summary>
    public async Task RecordRunAsync(string tenantId, string job, DateTimeOffset startedAt, TimeSpan took, string outcome, CancellationToken ct)
    {
        await using var scope = Create(tenantId, Actors.Job);
        if (scope.ServiceProvider.GetService<IJobRunLog>() is { } log)
        {
            await log.RecordAsync(job, startedAt, took, outcome, ct);
        }
    }

    /// <summary>The instant a job starts, on the host's clock.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();
}
