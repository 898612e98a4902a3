using Mediator;

namespace Cantine.Accounts.Contracts.GetFamilyDetail;

/// <summary>Everything staff see of one family: its guardians (with their last sign-in) and its children (with care notes). Null when the structure has no such family.</summary>
public sealed record GetFamilyDetailQuery(Guid FamilyId) : IQuery<FamilyDetailDto?>;
