using Cantine.Reservations.Domain;
using Marten;

namespace Cantine.Reservations.Features.RemindUnbookedFamilies;

/// <summary>Which families of the town a period's reminder goes to, from what the job reads once per run.</summary>
internal static class UnbookedFamilies
{
    public static async Task<Town> ReadTownAsync(IQuerySession session, CancellationToken ct)
    {
        var batch = session.CreateBatchQuery();
        var children = batch.Query<ChildCopy>().Where(c => !c.Erased).ToList();
        var enrolments = batch.Query<ChildEnrolments>().ToList();
        var services = batch.Query<Service>().ToList();
        var archived = batch.Query<ArchivedFamily>().ToList();
        await batch.Execute(ct);
        return new Town(
            await children, (await enrolments).ToDictionary(e => e.ChildId, e => e.ServiceIds),
            (await services).ToDictionary(s => s.Id), (await archived).Select(a => a.Id).ToHashSet());
    }

    /// <summary>
    /// Each family (not archived) that booked nothing in the period and has a child it could book there that nobody booked
    /// (a shared child booked by its other family is with them that period); with those children's first names.
    /// </summary>
    public static IReadOnlyList<(Guid FamilyId, IReadOnlyList<string> Children)> Of(
        BookingCalendar calendar, BookingPeriod period, Town town, IReadOnlyList<FamilyBookings> booked)
    {
        var familiesWithBookings = booked.Where(b => b.Cells.Count > 0).Select(b => b.FamilyId).ToHashSet();
        var childrenWithBookings = booked.SelectMany(b => b.Cells).Select(c => c.ChildId).ToHashSet();
        var bookable = town.Children
            .Where(c => BookingReminder.HasBookableDay(calendar, period, town.Services, town.Enrolments.GetValueOrDefault(c.Id) ?? []))
            .ToList();
        return [.. bookable
            .Where(c => !childrenWithBookings.Contains(c.Id))
            .SelectMany(c => c.FamilyIds.Select(f => (FamilyId: f, Child: c)))
            .Where(x => !town.Archived.Contains(x.FamilyId) && !familiesWithBookings.Contains(x.FamilyId))
            .GroupBy(x => x.FamilyId)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, (IReadOnlyList<string>)[.. g.Select(x => x.Child.FirstName).Order(StringComparer.Ordinal)]))];
    }

    internal sealed record Town(
        IReadOnlyList<ChildCopy> Children, IReadOnlyDictionary<Guid, IReadOnlyList<Guid>> Enrolments,
        IReadOnlyDictionary<Guid, Service> Services, IReadOnlySet<Guid> Archived);
}
