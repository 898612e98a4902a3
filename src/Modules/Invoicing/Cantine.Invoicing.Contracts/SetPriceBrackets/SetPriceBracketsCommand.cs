using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Invoicing.Contracts.SetPriceBrackets;

/// <summary>
/// A service's prices by quotient familial from <see cref="EffectiveFrom"/> (this month or later) on: brackets by rising
/// upper bound (inclusive), the last one open (<c>UpperBound</c> null). No bracket: the service bills its unit price again.
/// </summary>
public sealed record SetPriceBracketsCommand(Guid ServiceId, DateOnly EffectiveFrom, IReadOnlyList<PriceBracketInput> Brackets) : ICommand<Result>;
