using Mediator;

namespace Cantine.Invoicing.Contracts.GetFamilyQuotients;

/// <summary>A family's recorded quotients (by validity) and its children's names, for the staff page.</summary>
public sealed record GetFamilyQuotientsQuery(Guid FamilyId) : IQuery<FamilyQuotientsDto>;
