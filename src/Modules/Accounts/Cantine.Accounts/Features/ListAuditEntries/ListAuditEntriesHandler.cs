using Cantine.Accounts.Contracts.ListAuditEntries;
using Cantine.Accounts.Domain;
using Cantine.BuildingBlocks.Auditing;
using Cantine.BuildingBlocks.Contracts.Time;
using JasperFx.Events;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.ListAuditEntries;

/// <summary>
/// Reads the tenant's event store (every module's streams) for events whose author is a staff member or a job,
/// and describes them with the modules' <see cref="IAuditDescriber"/>s (ADR 0017).
/// </summary>
public sealed class ListAuditEntriesHandler(IQuerySession session, IEnumerable<IAuditDescriber> describers)
    : IQueryHandler<ListAuditEntriesQuery, AuditLogDto>
{
    public const int PageSize = 50;

    public async ValueTask<AuditLogDto> Handle(ListAuditEntriesQuery query, CancellationToken ct)
    {
        var staff = await session.Query<UserAccount>().Where(a => a.Kind == AccountKind.Staff).ToListAsync(ct);
        var names = staff.ToDictionary(a => a.Id.ToString(), a => a.DisplayName);
        var authors = query.AuthorId is { } authorId
            ? names.ContainsKey(authorId.ToString()) ? [authorId.ToString()] : Array.Empty<string>()
            : [.. names.Keys, .. Actors.Automated];
        var ignored = describers.SelectMany(d => d.Ignored).Select(t => t.GetEventTypeName()).ToArray();

        var events = session.Events.QueryAllRawEvents().Where(e => authors.Contains(e.UserName) && !ignored.Contains(e.EventTypeName));
        if (query.From is { } from)
        {
            var start = StartOf(from);
            events = events.Where(e => e.Timestamp >= start);
        }

        if (query.To is { } to)
        {
            var end = StartOf(to.AddDays(1));
            events = events.Where(e => e.Timestamp < end);
        }

        if (query.FamilyId is { } familyId)
        {
            var streams = await FamilyStreamsAsync(familyId, ct);
            events = events.Where(e => streams.Contains(e.StreamId));
        }

        var page = Math.Max(1, query.Page);
        var rows = await events.OrderByDescending(e => e.Sequence).Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(ct);
        var entries = new List<AuditEntryDto>();
        foreach (var e in rows.Take(PageSize))
        {
            var author = e.UserName is { } name && names.TryGetValue(name, out var display) ? display : AuditText.Get("Actor." + (e.UserName ?? "Unknown"));
            entries.Add(new AuditEntryDto(e.Sequence, e.Timestamp, Guid.TryParse(e.UserName, out var id) ? id : null, author, await DescribeAsync(e, ct)));
        }

        var filterable = staff.OrderBy(a => a.DisplayName, StringComparer.CurrentCulture).Select(a => new AuditAuthorDto(a.Id, a.DisplayName)).ToList();
        return new AuditLogDto(entries, page, rows.Count > PageSize, filterable);
    }

    private static DateTimeOffset StartOf(DateOnly day)
    {
        return ParisTime.At(day, TimeOnly.MinValue).ToUniversalTime();
    }

    /// <summary>The family's stream, its guardians' and its children's (a child shared with another family included).</summary>
    private async Task<Guid[]> FamilyStreamsAsync(Guid familyId, CancellationToken ct)
    {
        var guardians = await session.Query<UserAccount>().Where(a => a.FamilyId == familyId).Select(a => a.Id).ToListAsync(ct);
        var children = await session.Query<Child>().Where(c => c.FamilyIds.Contains(familyId)).Select(c => c.Id).ToListAsync(ct);
        return [familyId, .. guardians, .. children];
    }

    private async Task<string> DescribeAsync(IEvent e, CancellationToken ct)
    {
        foreach (var describer in describers)
        {
            if (await describer.DescribeAsync(e, session, ct) is { } description)
            {
                return description;
            }
        }

        // An event of a module without a describer: its type and data, so that nothing a staff member did is hidden.
        var data = System.Text.Json.JsonSerializer.Serialize(e.Data);
        return AuditText.Get("Generic", e.EventTypeName, data.Length > 300 ? data[..300] + "…" : data);
    }
}
