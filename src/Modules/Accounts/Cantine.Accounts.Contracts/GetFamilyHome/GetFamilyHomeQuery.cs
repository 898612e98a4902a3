using Mediator;

namespace Cantine.Accounts.Contracts.GetFamilyHome;

/// <summary>What the family home page shows: the family's name, its guardians and children.</summary>
public sealed record GetFamilyHomeQuery(Guid FamilyId) : IQuery<FamilyHomeDto?>;
