using System.Text.Json;
using Cantine.Reservations.Domain;
using Cantine.Reservations.Features.Shared;
using Marten;

namespace Cantine.Reservations.Features.GetBookingSheet;

/// <summary>
/// What the booking page reads of one family's period beyond the town's cached calendar and services, in one batched round
/// trip: the children (copies and enrolments), the family's period document, the closed period and the archive mark.
/// Only a family with a child shared with another family (separated parents) costs a second read, of that family's cells.
/// </summary>
internal static class FamilyPeriodRead
{
    // The enrolments of the family's children found in the same statement as the children themselves (they are keyed
    // by child, through the index on childId), so the page needs no second round trip.
    private const string EnrolmentsOfFamily = """
        where d.tenant_id = ? and CAST(d.data ->> 'childId' as uuid) in (
          select c.id from {0}.mt_doc_reservationchild as c where c.tenant_id = ? and c.data @> CAST(? as jsonb))
        """;

    public static async Task<(IReadOnlyList<ReservationChild> Children, FamilyBookings? Sheet, ClosedPeriod? Closed, bool Archived)> LoadAsync(
        IQuerySession session, Guid familyId, BookingPeriod period, bool readArchive, CancellationToken ct)
    {
        var tenant = session.TenantId;
        var familyIds = JsonSerializer.Serialize(new { familyIds = new[] { familyId } });
        var batch = session.CreateBatchQuery();
        var copies = batch.Query<ChildCopy>().Where(c => c.FamilyIds.Contains(familyId) && !c.Erased).ToList();
        var enrolments = batch.Query<ChildEnrolments>(
            string.Format(System.Globalization.CultureInfo.InvariantCulture, EnrolmentsOfFamily, session.DocumentStore.Options.DatabaseSchemaName),
            tenant, tenant, familyIds);
        var sheet = batch.Load<FamilyBookings>(FamilyBookings.StreamIdFor(tenant, familyId, period.Start));
        var closed = batch.Load<ClosedPeriod>(ClosedPeriod.IdFor(tenant, period));
        var archived = readArchive ? batch.Load<ArchivedFamily>(familyId) : Task.FromResult<ArchivedFamily?>(null);
        await batch.Execute(ct);

        var byChild = (await enrolments).ToDictionary(e => e.ChildId);
        IReadOnlyList<ReservationChild> children =
            [.. (await copies).Select(c => ReservationChild.Of(c, byChild.GetValueOrDefault(c.Id))).OrderBy(c => c.FirstName, StringComparer.CurrentCulture)];
        return (children, await sheet, await closed, await archived is not null);
    }
}
