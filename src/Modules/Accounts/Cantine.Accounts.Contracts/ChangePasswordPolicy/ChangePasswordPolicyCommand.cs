using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.ChangePasswordPolicy;

/// <summary>
/// Sets the structure's minimum password length (SPEC §2: 12 by default, never below 8). It applies to
/// passwords chosen from now on; existing passwords stay valid.
/// </summary>
public sealed record ChangePasswordPolicyCommand(int MinLength) : ICommand<Result>;
