using Cantine.BuildingBlocks.Auditing;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.Invoicing.Contracts.SetPriceBrackets;
using Cantine.Invoicing.Domain.Copies;
using Cantine.Invoicing.Domain.Tariffs;
using Cantine.Invoicing.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Invoicing.Features.SetPriceBrackets;

/// <summary>Load the service's tariff stream → <see cref="TariffDecisions"/> → append with its expected version.</summary>
public sealed class SetPriceBracketsHandler(IDocumentSession session, TimeProvider clock, ICurrentActor actor) : ICommandHandler<SetPriceBracketsCommand, Result>
{
    public async ValueTask<Result> Handle(SetPriceBracketsCommand command, CancellationToken ct)
    {
        if (await session.LoadAsync<BillingService>(command.ServiceId, ct) is null)
        {
            return Result.Failure(new Error("Tariffs.Service", BillingText.Get("Tariffs.Service"), nameof(command.ServiceId)));
        }

        var stream = await session.Events.FetchForWriting<ServiceTariff>(ServiceTariff.IdFor(command.ServiceId), ct);
        var brackets = command.Brackets.Select(b => new PriceBracket(b.UpperBound, b.PriceCents)).ToList();
        var decision = TariffDecisions.Decide(
            new Domain.Tariffs.SetPriceBrackets(command.ServiceId, command.EffectiveFrom, brackets, actor.UserId), stream.Aggregate, ParisTime.Today(clock));
        stream.AppendMany(decision.Events);
        return decision.ToResult();
    }
}
