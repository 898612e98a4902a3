using Cantine.BuildingBlocks.Auditing;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Invoicing.Contracts.WithdrawQuotient;
using Cantine.Invoicing.Domain.Quotients;
using Cantine.Invoicing.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Invoicing.Features.WithdrawQuotient;

/// <summary>Load the family's quotient stream → <see cref="QuotientDecisions"/> → append with its expected version.</summary>
public sealed class WithdrawQuotientHandler(IDocumentSession session, ICurrentActor actor) : ICommandHandler<WithdrawQuotientCommand, Result>
{
    public async ValueTask<Result> Handle(WithdrawQuotientCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<FamilyQuotients>(FamilyQuotients.IdFor(command.FamilyId), ct);
        var decision = QuotientDecisions.Decide(new Domain.Quotients.WithdrawQuotient(command.FamilyId, command.EntryId, actor.UserId), stream.Aggregate);
        stream.AppendMany(decision.Events);
        return decision.ToResult();
    }
}
