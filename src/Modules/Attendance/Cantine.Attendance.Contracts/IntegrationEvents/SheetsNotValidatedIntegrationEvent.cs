using Cantine.BuildingBlocks.Contracts.IntegrationEvents;

namespace Cantine.Attendance.Contracts.IntegrationEvents;

/// <summary>
/// The town's reminder time passed with sheets of the day not validated: Messaging e-mails <see cref="Recipients"/>
/// (the agents) the list. <see cref="Sheets"/> are readable French labels, e.g. <c>1er service — École A</c>.
/// </summary>
public sealed record SheetsNotValidatedIntegrationEvent(
    string TenantId, DateOnly Date, string TownName, IReadOnlyList<string> Recipients, IReadOnlyList<string> Sheets) : IIntegrationEvent;
