using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Reservations.Contracts.ChangeService;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Reservations.Features.ChangeService;

/// <summary>Name, days, bookable by parents, billing basis. Closed periods keep the days the service ran then.</summary>
public sealed class ChangeServiceHandler(IDocumentSession session) : ICommandHandler<ChangeServiceCommand, Result>
{
    public async ValueTask<Result> Handle(ChangeServiceCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Service>(command.ServiceId, ct);
        if (stream.Aggregate is null)
        {
            return Refusals.Of("Service.NotFound", nameof(command.ServiceId));
        }

        var name = command.Name.Trim();
        if (await session.Query<Service>().AnyAsync(s => s.Name == name && s.Id != command.ServiceId, ct))
        {
            return Refusals.Of("Service.NameTaken", nameof(command.Name));
        }

        Names.TryBillingBasis(command.BillingBasis, out var basis);
        stream.AppendOne(new ServiceChanged(command.ServiceId, name, [.. command.Days.Distinct()], command.BookableByParents, basis));
        return Result.Success;
    }
}
