using Mediator;

namespace Cantine.Accounts.Contracts.FindFamiliesByName;

/// <summary>Up to 20 families whose name contains <see cref="Name"/> (case-insensitive), by name: the RGPD page's picker.</summary>
public sealed record FindFamiliesByNameQuery(string Name) : IQuery<IReadOnlyList<FamilyMatchDto>>;

public sealed record FamilyMatchDto(Guid FamilyId, string Name, bool IsArchived, bool IsErased);
