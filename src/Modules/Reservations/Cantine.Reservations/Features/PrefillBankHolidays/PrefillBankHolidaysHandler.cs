using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Reservations.Contracts.PrefillBankHolidays;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Reservations.Features.PrefillBankHolidays;

/// <summary>
/// Load the calendar → <see cref="BookingCalendarDecisions"/> → append each French bank holiday of the current and next
/// school years not already closed; run twice, adds nothing. Answers how many were added.
/// </summary>
public sealed class PrefillBankHolidaysHandler(IDocumentSession session, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<PrefillBankHolidaysCommand, Result<int>>
{
    public async ValueTask<Result<int>> Handle(PrefillBankHolidaysCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<BookingCalendar>(BookingCalendar.IdFor(tenant.TenantId), ct);
        var decision = BookingCalendarDecisions.Decide(new Domain.PrefillBankHolidays(tenant.TenantId), stream.Aggregate, clock.GetUtcNow());
        if (decision.IsRefused)
        {
            return Refusals.Of(decision);
        }

        stream.AppendMany(decision.Events);
        return decision.Events.Count;
    }
}
