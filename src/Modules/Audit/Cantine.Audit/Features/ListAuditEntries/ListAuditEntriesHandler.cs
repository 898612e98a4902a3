using Cantine.BuildingBlocks.Contracts;
using Cantine.Audit.Contracts.Describing;
using Cantine.Audit.Contracts.ListAuditEntries;
using Cantine.BuildingBlocks.Auditing;
using Cantine.BuildingBlocks.Contracts.Time;
using JasperFx.Events;
using Marten;
using Mediator;

namespace Cantine.Audit.Features.ListAuditEntries;

/// <summary>
/// Reads the tenant's event store (every module's streams) for events whose author is a staff member or a job,
/// and describes them with the modules' <see cref="IAuditDescriber"/>s (ADRs 0017, 0023).
/// </summary>
public sealed class ListAuditEntriesHandler(IQuerySession session, IEnumerable<IAuditDescriber> describers, IAuditAuthors authors)
    : IQueryHandler<ListAuditEntriesQuery, AuditLogDto>
{
    public const int PageSize = 50;

    public async ValueTask<AuditLogDto> Handle(ListAuditEntriesQuery query, CancellationToken ct)
    {
        var staff = await authors.StaffAsync(ct);
        var names = staff.ToDictionary(a => a.UserId.ToString(), a => a.DisplayName);
        var wanted = query.AuthorId is { } authorId
            ? names.ContainsKey(authorId.ToString()) ? [authorId.ToString()] : Array.Empty<string>()
            : [.. names.Keys, .. Actors.Automated];
        var ignored = describers.SelectMany(d => d.Ignored).Select(t => t.GetEventTypeName()).ToArray();

        var events = session.Events.QueryAllRawEvents().Where(e => wanted.Contains(e.UserName) && !ignored.Contains(e.EventTypeName));
        if (query.From is { } from)
        {
            var start = ParisTime.At(from, TimeOnly.MinValue).ToUniversalTime();
            events = events.Where(e => e.Timestamp >= start);
        }

        if (query.To is { } to)
        {
            var end = ParisTime.At(to.AddDays(1), TimeOnly.MinValue).ToUniversalTime();
            events = events.Where(e => e.Timestamp < end);
        }

        if (query.FamilyId is { } familyId)
        {
            var streams = await FamilyStreamsAsync(familyId, ct);
            events = events.Where(e => streams.Contains(e.StreamId));
        }

        var page = Paging.Clamp(query.Page);
        var rows = await events.OrderByDescending(e => e.Sequence).Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(ct);
        var entries = new List<AuditEntryDto>();
        foreach (var e in rows.Take(PageSize))
        {
            var author = e.UserName is { } name && names.TryGetValue(name, out var display) ? display : AuditText.Get("Actor." + (e.UserName ?? "Unknown"));
            entries.Add(new AuditEntryDto(e.Sequence, e.Timestamp, Guid.TryParse(e.UserName, out var id) ? id : null, author, await DescribeAsync(e, ct)));
        }

        var filterable = staff.OrderBy(a => a.DisplayName, StringComparer.CurrentCulture).ToList();
        return new AuditLogDto(entries, page, rows.Count > PageSize, filterable);
    }

    /// <summary>Every module's streams about the family: Accounts' family, guardians and children, Reservations' bookings and enrolments…</summary>
    private async Task<Guid[]> FamilyStreamsAsync(Guid familyId, CancellationToken ct)
    {
        var streams = new List<Guid>();
        foreach (var describer in describers)
        {
            streams.AddRange(await describer.FamilyStreamsAsync(familyId, ct));
        }

        return [.. streams.Distinct()];
    }

    private async Task<string> DescribeAsync(IEvent e, CancellationToken ct)
    {
        var audited = new AuditedEvent(e.StreamId, e.Version, e.Data);
        foreach (var describer in describers)
        {
            if (await describer.DescribeAsync(audited, ct) is { } description)
            {
                return description;
            }
        }

        // An event of a module without a describer: its type and data, so that nothing a staff member did is hidden.
        var data = System.Text.Json.JsonSerializer.Serialize(e.Data);
        return AuditText.Get("Generic", e.EventTypeName, data.Length > 300 ? data[..300] + "…" : data);
    }
}
