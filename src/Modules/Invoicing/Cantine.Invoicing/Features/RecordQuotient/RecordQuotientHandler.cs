using Cantine.BuildingBlocks.Auditing;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Invoicing.Contracts.RecordQuotient;
using Cantine.Invoicing.Domain.Quotients;
using Cantine.Invoicing.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Invoicing.Features.RecordQuotient;

/// <summary>Load the family's quotient stream → <see cref="QuotientDecisions"/> → append with its expected version.</summary>
public sealed class RecordQuotientHandler(IDocumentSession session, ICurrentActor actor) : ICommandHandler<RecordQuotientCommand, Result>
{
    public async ValueTask<Result> Handle(RecordQuotientCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<FamilyQuotients>(FamilyQuotients.IdFor(command.FamilyId), ct);
        var period = new QuotientPeriod(command.EntryId, command.Value, command.ValidFrom, command.ValidTo, string.IsNullOrWhiteSpace(command.Source) ? null : command.Source.Trim());
        var decision = QuotientDecisions.Decide(new Domain.Quotients.RecordQuotient(command.FamilyId, period, actor.UserId), stream.Aggregate);
        stream.AppendMany(decision.Events);
        return decision.ToResult();
    }
}
