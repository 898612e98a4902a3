using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.BuildingBlocks.Tenancy;
using Cantine.Reservations.Contracts.PrefillBankHolidays;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Reservations.Features.PrefillBankHolidays;

/// <summary>Adds each French bank holiday of the current and next school years not already closed; run twice, adds nothing.</summary>
public sealed class PrefillBankHolidaysHandler(IDocumentSession session, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<PrefillBankHolidaysCommand, Result<int>>
{
    public async ValueTask<Result<int>> Handle(PrefillBankHolidaysCommand command, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<BookingCalendar>(BookingCalendar.IdFor(tenant.TenantId), ct);
        if (stream.Aggregate is not { } calendar)
        {
            return Refusals.Of("Calendar.Missing");
        }

        var added = 0;
        foreach (var (date, label) in FrenchBankHolidays.OfCurrentAndNextSchoolYears(ParisTime.DateOf(clock.GetUtcNow())))
        {
            if (calendar.Closures.Any(c => c.Kind == ClosureKind.BankHoliday && c.Covers(date)))
            {
                continue;
            }

            stream.AppendOne(new ClosureAdded(calendar.Id, new Closure(StableId.For("bank-holiday", tenant.TenantId, date), label, date, date, ClosureKind.BankHoliday)));
            added++;
        }

        return added;
    }
}
