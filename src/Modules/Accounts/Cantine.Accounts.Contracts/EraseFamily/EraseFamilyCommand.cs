using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.EraseFamily;

/// <summary>
/// RGPD erasure of a family who left: names, contact details, logins, children's details and care notes are
/// removed from the snapshots and masked in the events already stored; credentials are deleted, so the
/// guardians can never sign in again. A child shared with another family is only detached. Ids, dates and
/// amounts stay (ADR 0018). Publishes <c>FamilyErasedIntegrationEvent</c> for the other modules.
/// </summary>
public sealed record EraseFamilyCommand(Guid FamilyId, string Reason) : ICommand<Result>;
