using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Invoicing.Contracts.OnlinePayments;
using Cantine.Invoicing.Contracts.ReconcileOnlinePayments;
using Cantine.Invoicing.Domain.OnlinePayments;
using Cantine.Invoicing.Features.OnlinePayments;
using Marten;
using Mediator;

namespace Cantine.Invoicing.Features.ReconcileOnlinePayments;

/// <summary>
/// The pending attempts whose check is due (indexed <c>NextCheckAt</c>), oldest first, at most <see cref="PerRun"/> a run:
/// each gets PayFiP's detail (<see cref="OnlinePaymentSettler"/>). One transaction; a notification settling one of them
/// meanwhile makes the run start again on fresh data, which finds it settled.
/// </summary>
public sealed class ReconcileOnlinePaymentsHandler(IDocumentSession session, OnlinePaymentSettler settler, TimeProvider clock)
    : ICommandHandler<ReconcileOnlinePaymentsCommand, Result<int>>
{
    public const int PerRun = 50;

    public async ValueTask<Result<int>> Handle(ReconcileOnlinePaymentsCommand command, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await session.Query<OnlinePaymentAttempt>()
            .Where(a => a.State == OnlinePaymentState.Pending && a.NextCheckAt != null && a.NextCheckAt <= now)
            .OrderBy(a => a.NextCheckAt)
            .Select(a => a.Id)
            .Take(PerRun)
            .ToListAsync(ct);
        foreach (var attemptId in due)
        {
            await settler.SettleAsync(attemptId, notified: false, ct);
        }

        return due.Count;
    }
}
