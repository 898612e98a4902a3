using Cantine.BuildingBlocks.Contracts.FamilyHome;
using Cantine.BuildingBlocks.Pages;
using Cantine.Reservations.Contracts.FamilyHome;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.GetBookingSheet;
using Cantine.Reservations.Features.Shared;
using Marten;
using Marten.Services.BatchQuerying;

namespace Cantine.Reservations.Features.FamilyHome;

/// <summary>
/// Reservations' part of the family home (ADR 0032): the open periods ahead with their deadlines, and who has nothing
/// booked in each. The calendar and services come from <see cref="TownReferences"/>; the children, their enrolments, the
/// family's period documents and the archive mark join the page's batch.
/// </summary>
internal sealed class OpenPeriodsContribution(TownReferences references, TimeProvider clock) : IFamilyHomeContribution
{
    public async Task<Func<Task<IFamilyHomePart?>>> EnlistAsync(IQuerySession session, IBatchedQuery batch, Guid familyId, CancellationToken ct)
    {
        var town = await references.OfAsync(session, ct);
        if (town.Calendar is not { } calendar)
        {
            return () => Task.FromResult<IFamilyHomePart?>(null);
        }

        var now = clock.GetUtcNow();
        var periods = HomePeriods.Ahead(calendar, now);
        var children = FamilyPeriodRead.EnlistChildren(session, batch, familyId);
        var sheets = batch.LoadMany<FamilyBookings>().ById([.. periods.Select(p => FamilyBookings.StreamIdFor(session.TenantId, familyId, p.Start))]);
        var archived = batch.Load<ArchivedFamily>(familyId);
        return async () =>
        {
            if (await archived is not null)
            {
                return null;
            }

            var open = HomePeriods.Describe(calendar, town.Services, periods, await children(), await sheets);
            return open.Count == 0 ? null : new OpenPeriodsPart(calendar.Kind.ToString(), open);
        };
    }
}
