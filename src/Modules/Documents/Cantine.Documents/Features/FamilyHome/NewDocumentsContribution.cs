using Cantine.BuildingBlocks.Contracts.FamilyHome;
using Cantine.BuildingBlocks.Pages;
using Cantine.Documents.Contracts.FamilyHome;
using Cantine.Documents.Domain;
using Cantine.Documents.Features.Shared;
using Marten;
using Marten.Services.BatchQuerying;

namespace Cantine.Documents.Features.FamilyHome;

/// <summary>
/// Documents' part of the family home (ADR 0032): what is new, by date rather than by what each family opened, so the home
/// costs no write and the Documents page no side effect; the date is the one <c>Documents</c> shows.
/// </summary>
internal sealed class NewDocumentsContribution(TimeProvider clock) : IFamilyHomeContribution
{
    public const int Days = 14;

    public Task<Func<Task<IFamilyHomePart?>>> EnlistAsync(IQuerySession session, IBatchedQuery batch, Guid familyId, CancellationToken ct)
    {
        var read = batch.Query<LibraryDocument>().Where(d => !d.Withdrawn).ToList();
        return Task.FromResult<Func<Task<IFamilyHomePart?>>>(async () =>
        {
            var today = clock.Today();
            var documents = (await read)
                .Where(d => d.IsLiveOn(today))
                .Select(d => new NewDocumentDto(d.Id, d.Title, d.VisibleFrom ?? ParisClock.DateOf(d.UpdatedAt)))
                .Where(d => d.Date > today.AddDays(-Days) && d.Date <= today)
                .OrderByDescending(d => d.Date).ThenBy(d => d.Title, StringComparer.CurrentCulture)
                .ToList();
            return documents.Count == 0 ? null : new NewDocumentsPart(Days, documents);
        });
    }
}
