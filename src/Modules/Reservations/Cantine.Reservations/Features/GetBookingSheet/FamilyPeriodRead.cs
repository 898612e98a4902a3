using System.Globalization;
using System.Text.Json;
using Cantine.Reservations.Domain;
using Marten;
using Marten.Services.BatchQuerying;

namespace Cantine.Reservations.Features.GetBookingSheet;

/// <summary>
/// What the booking page reads of one family's period beyond the town's cached calendar and services, in one batched round
/// trip (ADR 0030): the children (copies and enrolments), the family's period document, the period documents of the
/// children's other families (separated parents), the closed period and the archive mark.
/// </summary>
internal static class FamilyPeriodRead
{
    // The enrolments and the other families' documents depend on the children: they are found in the same statement as
    // the children (through the indexes on childId and familyId), so the page needs no second round trip.
    private const string ChildrenOfFamily =
        "select c.id from {0}.mt_doc_reservationchild as c where c.tenant_id = ? and c.data @> CAST(? as jsonb)";

    private const string FamiliesOfTheChildren = """
        select CAST(f.value as uuid) from {0}.mt_doc_reservationchild as c
          cross join jsonb_array_elements_text(c.data -> 'familyIds') as f
        where c.tenant_id = ? and c.data @> CAST(? as jsonb)
        """;

    private const string EnrolmentsOfFamily = "where d.tenant_id = ? and CAST(d.data ->> 'childId' as uuid) in ({0})";

    private const string OtherFamiliesOfChildren = """
        where d.tenant_id = ? and d.data ->> 'periodStart' = ? and CAST(d.data ->> 'familyId' as uuid) <> ?
          and CAST(d.data ->> 'familyId' as uuid) in ({0})
        """;

    public static async Task<FamilyPeriod> LoadAsync(IQuerySession session, Guid familyId, BookingPeriod period, bool readArchive, CancellationToken ct)
    {
        var tenant = session.TenantId;
        var schema = session.DocumentStore.Options.DatabaseSchemaName;
        var family = JsonSerializer.Serialize(new { familyIds = new[] { familyId } });
        var familyIds = Format(FamiliesOfTheChildren, schema);

        var batch = session.CreateBatchQuery();
        var children = EnlistChildren(session, batch, familyId);
        var others = batch.Query<FamilyBookings>(
            Format(OtherFamiliesOfChildren, familyIds), tenant, period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), familyId, tenant, family);
        var sheet = batch.Load<FamilyBookings>(FamilyBookings.StreamIdFor(tenant, familyId, period.Start));
        var closed = batch.Load<ClosedPeriod>(ClosedPeriod.IdFor(tenant, period));
        var archived = readArchive ? batch.Load<ArchivedFamily>(familyId) : Task.FromResult<ArchivedFamily?>(null);
        await batch.Execute(ct);
        return new FamilyPeriod(await children(), await sheet, [.. await others], await closed, await archived is not null);
    }

    /// <summary>The family's children with their enrolments, as two queries of <paramref name="batch"/>; read after it ran.</summary>
    internal static Func<Task<IReadOnlyList<ReservationChild>>> EnlistChildren(IQuerySession session, IBatchedQuery batch, Guid familyId)
    {
        var tenant = session.TenantId;
        var family = JsonSerializer.Serialize(new { familyIds = new[] { familyId } });
        var childIds = Format(ChildrenOfFamily, session.DocumentStore.Options.DatabaseSchemaName);
        var copies = batch.Query<ChildCopy>().Where(c => c.FamilyIds.Contains(familyId) && !c.Erased).ToList();
        var enrolments = batch.Query<ChildEnrolments>(Format(EnrolmentsOfFamily, childIds), tenant, tenant, family);
        return async () =>
        {
            var byChild = (await enrolments).ToDictionary(e => e.ChildId);
            return [.. (await copies).Select(c => ReservationChild.Of(c, byChild.GetValueOrDefault(c.Id))).OrderBy(c => c.FirstName, StringComparer.CurrentCulture)];
        };
    }

    private static string Format(string sql, params object[] args) => string.Format(CultureInfo.InvariantCulture, sql, args);

    internal sealed record FamilyPeriod(
        IReadOnlyList<ReservationChild> Children, FamilyBookings? Sheet, IReadOnlyList<FamilyBookings> OtherFamilies, ClosedPeriod? Closed, bool Archived);
}
