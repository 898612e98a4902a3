using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.ChangeLogin;

/// <summary>Staff change a guardian's login (the identifier they sign in with); it must be free in the structure.</summary>
public sealed record ChangeLoginCommand(Guid UserId, string Login) : ICommand<Result>;
