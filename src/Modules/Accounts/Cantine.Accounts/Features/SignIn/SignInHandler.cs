using Cantine.Accounts.Contracts.SignIn;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Cantine.Accounts.Features.SignIn;

public sealed class SignInHandler(IDocumentSession session, PasswordHashing hashing, TimeProvider clock, ILogger<SignInHandler> log)
    : ICommandHandler<SignInCommand, Result<SignedInUserDto>>
{
    public async ValueTask<Result<SignedInUserDto>> Handle(SignInCommand command, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var account = await session.FindByLoginAsync(command.Login, ct);
        var expectedKind = command.StaffOnly ? AccountKind.Staff : AccountKind.Guardian;
        if (account is null || account.Kind != expectedKind || account.IsDisabled)
        {
            hashing.Verify(null, command.Password);
            log.LogWarning("Sign-in refused: unknown login");
            return Mapping.Refusal("SignInFailed");
        }

        var credentials = await session.LoadCredentialsAsync(account.Id, ct);
        var check = credentials.IsLockedOut(now) ? PasswordCheck.Wrong : hashing.Verify(credentials.PasswordHash, command.Password);
        if (check == PasswordCheck.Wrong)
        {
            var updated = credentials.IsLockedOut(now) ? credentials : credentials.WithFailedSignIn(now);
            session.Store(updated);
            if (updated.LockedUntil != credentials.LockedUntil && updated.LockedUntil is { } until)
            {
                session.Events.Append(account.Id, new AccountLockedOut(account.Id, until));
                log.LogWarning("Account {UserId} locked out until {Until}", account.Id, until);
            }

            log.LogWarning("Sign-in refused for account {UserId}", account.Id);
            return Mapping.Refusal("SignInFailed");
        }

        // Staff are signed in by their second factor, which resets the count: resetting it here would let
        // someone who knows the password try codes without end, nine at a time (ADR 0006).
        if (account.Kind == AccountKind.Guardian)
        {
            credentials = credentials.WithSuccessfulSignIn();
        }

        if (check == PasswordCheck.RightButRehash)
        {
            credentials = credentials with { PasswordHash = hashing.Hash(command.Password) };
        }

        session.Store(credentials);
        if (account.Kind == AccountKind.Guardian)
        {
            session.Events.Append(account.Id, new SignedIn(account.Id, now));
            account = account.Apply(new SignedIn(account.Id, now));
        }

        log.LogInformation("Password accepted for account {UserId}", account.Id);
        return account.ToSignedIn(credentials);
    }
}
