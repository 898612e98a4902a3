using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.ArchiveFamily;

/// <summary>
/// Archives a family that left the service: it stays in the records (and in the list on request) but takes no
/// new booking. Publishes <c>FamilyArchivedIntegrationEvent</c>. Archiving twice changes nothing.
/// </summary>
public sealed record ArchiveFamilyCommand(Guid FamilyId) : ICommand<Result>;
