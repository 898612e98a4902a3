using Mediator;

namespace Cantine.Accounts.Contracts.GetStructure;

/// <summary>The current tenant's structure, or null when no structure has this slug.</summary>
public sealed record GetStructureQuery : IQuery<StructureDto?>;
