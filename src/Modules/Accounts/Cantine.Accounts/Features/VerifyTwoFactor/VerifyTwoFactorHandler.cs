using Cantine.Accounts.Contracts.SignIn;
using Cantine.Accounts.Contracts.VerifyTwoFactor;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Cantine.Accounts.Features.VerifyTwoFactor;

public sealed class VerifyTwoFactorHandler(IDocumentSession session, TwoFactorCodes codes, TimeProvider clock, ILogger<VerifyTwoFactorHandler> log)
    : ICommandHandler<VerifyTwoFactorCommand, Result<SignedInUserDto>>
{
    public async ValueTask<Result<SignedInUserDto>> Handle(VerifyTwoFactorCommand command, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var account = await session.LoadAsync<UserAccount>(command.UserId, ct);
        if (account is not { Kind: AccountKind.Staff, TwoFactorEnabled: true, IsDisabled: false })
        {
            return Mapping.Refusal("TwoFactorFailed", nameof(command.Code));
        }

        var credentials = await session.LoadCredentialsAsync(account.Id, ct);
        var step = credentials.IsLockedOut(now) || credentials.ProtectedTotpSecret is null
            ? null
            : codes.Verify(credentials.ProtectedTotpSecret, command.Code, credentials.LastTotpStep);
        if (step is null)
        {
            session.Store(credentials.IsLockedOut(now) ? credentials : credentials.WithFailedSignIn(now));
            log.LogWarning("Second factor refused for account {UserId}", account.Id);
            return Mapping.Refusal("TwoFactorFailed", nameof(command.Code));
        }

        credentials = credentials.WithSuccessfulSignIn() with { LastTotpStep = step.Value };
        session.Store(credentials);
        session.Events.Append(account.Id, new SignedIn(account.Id, now));
        log.LogInformation("Staff account {UserId} signed in with its second factor", account.Id);
        return account.Apply(new SignedIn(account.Id, now)).ToSignedIn(credentials);
    }
}
