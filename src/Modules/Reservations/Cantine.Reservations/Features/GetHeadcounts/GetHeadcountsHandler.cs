using Cantine.BuildingBlocks.Tenancy;
using Cantine.Reservations.Contracts.GetHeadcounts;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;
using Mediator;

namespace Cantine.Reservations.Features.GetHeadcounts;

/// <summary>The kitchen's figures: those frozen at closing for a closed period, live ones before.</summary>
public sealed class GetHeadcountsHandler(IQuerySession session, ITenantContext tenant) : IQueryHandler<GetHeadcountsQuery, HeadcountsDto>
{
    public async ValueTask<HeadcountsDto> Handle(GetHeadcountsQuery query, CancellationToken ct)
    {
        var calendar = await session.CalendarAsync(tenant.TenantId, ct);
        var period = BookingPeriod.Containing(calendar?.Kind ?? PeriodKind.Week, query.Day);
        if (calendar is null)
        {
            return new HeadcountsDto(period.Start, period.End, period.Previous.Start, period.Next.Start, false, null, [], []);
        }

        if (await session.ClosedPeriodAsync(tenant.TenantId, period, ct) is { } closed)
        {
            return new HeadcountsDto(period.Start, period.End, period.Previous.Start, period.Next.Start, true, closed.ClosedAt, closed.Days, Rows(closed.Headcounts));
        }

        var rows = await PeriodHeadcounts.LiveAsync(session, calendar, period, await session.ServicesAsync(ct), ct);
        return new HeadcountsDto(period.Start, period.End, period.Previous.Start, period.Next.Start, false, null, calendar.OpeningDaysOf(period), Rows(rows));
    }

    private static IReadOnlyList<HeadcountRowDto> Rows(IEnumerable<HeadcountRow> rows) =>
        [.. rows.Select(r => new HeadcountRowDto(r.Date, r.ServiceId, r.ServiceName, r.School, r.Class, r.Count))];
}
