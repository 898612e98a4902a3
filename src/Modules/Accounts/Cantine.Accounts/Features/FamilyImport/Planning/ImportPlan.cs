using Cantine.Accounts.Contracts.PreviewFamilyImport;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.FamilyImport.Csv;
using Cantine.Accounts.Features.Shared;
using Marten;
using Wolverine;

namespace Cantine.Accounts.Features.FamilyImport.Planning;

/// <summary>
/// What an import does: the events of each stream (new or existing), the credentials of new guardians, the integration
/// events for other modules, and per line what changes, in French. The preview shows it; the import applies it.
/// </summary>
internal sealed class ImportPlan
{
    private readonly Dictionary<Guid, (Type Aggregate, bool IsNew, List<object> Events)> _streams = [];
    private readonly SortedDictionary<int, ImportLineDto> _lines = [];

    public List<UserCredentials> Credentials { get; } = [];

    public List<object> IntegrationEvents { get; } = [];

    public List<RefusedLineDto> Refused { get; } = [];

    /// <summary>The family of each guardian account the import starts or changes (their billing details are published).</summary>
    public Dictionary<Guid, Guid> GuardianFamilies { get; } = [];

    /// <summary>The families the import registers or renames (their billing details are published).</summary>
    public HashSet<Guid> BillingFamilies { get; } = [];

    public int FamiliesCreated { get; set; }

    public int FamiliesUpdated { get; set; }

    public int GuardiansCreated { get; set; }

    public int GuardiansUpdated { get; set; }

    public int ChildrenCreated { get; set; }

    public int ChildrenUpdated { get; set; }

    public ImportCountsDto Counts => new(FamiliesCreated, FamiliesUpdated, GuardiansCreated, GuardiansUpdated, ChildrenCreated, ChildrenUpdated);

    public IReadOnlyCollection<ImportLineDto> ChangedLines => _lines.Values;

    public void Start<TAggregate>(Guid id, object firstEvent) => _streams[id] = (typeof(TAggregate), true, [firstEvent]);

    public void Append<TAggregate>(Guid id, object e)
    {
        if (!_streams.TryGetValue(id, out var stream))
        {
            _streams[id] = stream = (typeof(TAggregate), false, []);
        }

        stream.Events.Add(e);
    }

    public void Describe(CsvFamilyLine line, bool creates, string change)
    {
        var child = line.Child is null ? string.Empty : $"{line.Child.FirstName} {line.Child.LastName}";
        var existing = _lines.GetValueOrDefault(line.LineNumber) ?? new ImportLineDto(line.LineNumber, line.FamilyName, child, false, []);
        _lines[line.LineNumber] = existing with { Creates = existing.Creates || creates, Changes = [.. existing.Changes, change] };
    }

    /// <summary>Appends everything to the command's session and outbox; the unit of work saves it in one transaction.</summary>
    public async Task ApplyAsync(IDocumentSession session, IMessageBus bus)
    {
        foreach (var (id, (aggregate, isNew, events)) in _streams)
        {
            if (isNew)
            {
                session.Events.StartStream(aggregate, id, [.. events]);
            }
            else
            {
                session.Events.Append(id, [.. events]);
            }
        }

        foreach (var credentials in Credentials)
        {
            session.Store(credentials);
        }

        foreach (var message in IntegrationEvents)
        {
            await bus.PublishAsync(message);
        }

        // What invoices print about each family the import touched (one read per family; imports run as background batches).
        foreach (var familyId in BillingFamilies.Concat(GuardianFamilies.Values).Distinct())
        {
            var familyEvents = _streams.TryGetValue(familyId, out var family) ? family.Events : [];
            var guardianEvents = GuardianFamilies.Where(g => g.Value == familyId && _streams.ContainsKey(g.Key))
                .ToDictionary(g => g.Key, g => (IReadOnlyList<object>)_streams[g.Key].Events);
            await BillingDetails.PublishFamilyAsync(session, bus, session.TenantId, familyId, familyEvents, guardianEvents, CancellationToken.None);
        }
    }
}
