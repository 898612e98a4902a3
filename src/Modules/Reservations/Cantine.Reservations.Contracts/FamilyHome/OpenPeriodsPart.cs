using Cantine.BuildingBlocks.Contracts.FamilyHome;

namespace Cantine.Reservations.Contracts.FamilyHome;

/// <summary>
/// The family home's reservations part: the periods still open to the family with at least one bookable day for one of its
/// enrolled children, soonest first. <see cref="PeriodKind"/> is the town's <c>Week</c> or <c>Month</c>.
/// </summary>
public sealed record OpenPeriodsPart(string PeriodKind, IReadOnlyList<OpenPeriodDto> Periods) : IFamilyHomePart;
