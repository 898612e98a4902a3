using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.CheckResetLink;

/// <summary>Tells whether a reset link can still be used, and for which login.</summary>
public sealed record CheckResetLinkQuery(string Token) : IQuery<Result<ResetLinkDto>>;
