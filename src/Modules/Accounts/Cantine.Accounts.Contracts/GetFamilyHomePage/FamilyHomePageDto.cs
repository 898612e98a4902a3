using Cantine.Accounts.Contracts.GetFamilyHome;
using Cantine.BuildingBlocks.Contracts.FamilyHome;

namespace Cantine.Accounts.Contracts.GetFamilyHomePage;

/// <summary>The family, and the parts of the modules that have something to say (none: everything is up to date).</summary>
public sealed record FamilyHomePageDto(FamilyHomeDto Family, IReadOnlyList<IFamilyHomePart> Parts);
