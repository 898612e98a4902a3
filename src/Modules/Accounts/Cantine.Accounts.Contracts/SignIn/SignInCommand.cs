using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.SignIn;

/// <summary>
/// Checks a login and password. One refusal for every failure (unknown login, wrong password,
/// locked account) so that nothing tells which part was wrong. Failures count towards the lockout.
/// <see cref="StaffOnly"/> asks for a staff account (back-office sign-in).
/// </summary>
public sealed record SignInCommand(string Login, string Password, bool StaffOnly) : ICommand<Result<SignedInUserDto>>;
