using Cantine.Accounts.Contracts.SignIn;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Cantine.Accounts.Features.SignIn;

/// <summary>
/// The password is checked whatever the account (an unknown login against a decoy hash), so that no answer comes
/// faster than another; <see cref="SignInDecisions"/> decides what the check is worth.
/// </summary>
public sealed class SignInHandler(IDocumentSession session, PasswordHashing hashing, TimeProvider clock, ILogger<SignInHandler> log)
    : ICommandHandler<SignInCommand, Result<SignedInUserDto>>
{
    public async ValueTask<Result<SignedInUserDto>> Handle(SignInCommand command, CancellationToken ct)
    {
        var account = await session.FindByLoginAsync(command.Login, ct);
        var credentials = account is null ? null : await session.LoadCredentialsAsync(account.Id, ct);
        var check = hashing.Verify(credentials?.PasswordHash, command.Password);
        var upgraded = check == PasswordCheck.RightButRehash ? hashing.Hash(command.Password) : null;
        var kind = command.StaffOnly ? AccountKind.Staff : AccountKind.Guardian;
        var outcome = SignInDecisions.Decide(
            new Domain.SignIn(kind, check != PasswordCheck.Wrong, upgraded), account, credentials, clock.GetUtcNow());
        if (account is null || outcome.Credentials is not { } after)
        {
            log.LogWarning("Sign-in refused: unknown login");
            return Mapping.Refusal(outcome.Decision);
        }

        session.Store(after);
        if (outcome.Events.Count > 0)
        {
            session.Events.Append(account.Id, outcome.Events);
        }

        foreach (var lockout in outcome.Events.OfType<AccountLockedOut>())
        {
            log.LogWarning("Account {UserId} locked out until {Until}", account.Id, lockout.Until);
        }

        if (outcome.Decision.IsRefused)
        {
            log.LogWarning("Sign-in refused for account {UserId}", account.Id);
            return Mapping.Refusal(outcome.Decision);
        }

        log.LogInformation("Password accepted for account {UserId}", account.Id);
        return account.ToSignedIn(after);
    }
}
