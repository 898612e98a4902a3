using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Accounts.Contracts.IntegrationEvents;

/// <summary>
/// A structure (town) now exists, with its contact details and booking calendar basics. <paramref name="Version"/> is the
/// structure stream's version after its creation (see <see cref="StructureDetailsChangedIntegrationEvent"/>); <paramref name="Phone"/>
/// the number families call (added for Attendance: empty in messages sent before it).
/// </summary>
public sealed record StructureCreatedIntegrationEvent(
    string TenantId,
    string Name,
    string ContactEmail,
    string PeriodKind,
    IReadOnlyList<DayOfWeek> OpeningDays,
    long Version,
    string Phone = "") : IIntegrationEvent;
