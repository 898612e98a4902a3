using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Reservations.Contracts.ChangeService;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Reservations.Features.ChangeService;

/// <summary>
/// Name, days, bookable by parents, billing basis: load → <see cref="ServiceDecisions"/> → append. Closed periods keep
/// the days the service ran then.
/// </summary>
public sealed class ChangeServiceHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant)
    : ICommandHandler<ChangeServiceCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeServiceCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Service>(command.ServiceId, ct);
        Names.TryBillingBasis(command.BillingBasis, out var basis);
        var change = new Domain.ChangeService(command.Name, command.Days, command.BookableByParents, basis);
        var decision = ServiceDecisions.Decide(change, stream.Aggregate, await session.ServiceNamesAsync(except: command.ServiceId, ct));
        if (decision.IsRefused)
        {
            return Refusals.Of(decision);
        }

        stream.AppendMany(decision.Events);
        await bus.PublishServiceAsync(tenant.TenantId, stream.Aggregate, stream.CurrentVersion ?? 0, decision.Events);
        return Result.Success;
    }
}
