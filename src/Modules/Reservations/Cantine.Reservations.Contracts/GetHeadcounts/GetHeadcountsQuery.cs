using Mediator;

namespace Cantine.Reservations.Contracts.GetHeadcounts;

/// <summary>The kitchen's figures for the period containing <paramref name="Day"/>: frozen once the period is closed, live before.</summary>
public sealed record GetHeadcountsQuery(DateOnly Day) : IQuery<HeadcountsDto>;
