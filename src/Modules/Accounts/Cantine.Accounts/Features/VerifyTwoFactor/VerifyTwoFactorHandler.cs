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
        var credentials = account is null ? null : await session.LoadCredentialsAsync(account.Id, ct);
        var step = credentials?.ProtectedTotpSecret is { } secret ? codes.Verify(secret, command.Code, credentials.LastTotpStep) : null;
        var outcome = SignInDecisions.Decide(new Domain.VerifyTwoFactor(step), account, credentials, now);
        if (account is null || outcome.Credentials is not { } after)
        {
            return Mapping.Refusal(outcome.Decision);
        }

        session.Store(after);
        if (outcome.Decision.IsRefused)
        {
            log.LogWarning("Second factor refused for account {UserId}", account.Id);
            return Mapping.Refusal(outcome.Decision);
        }

        session.Events.Append(account.Id, outcome.Events);
        log.LogInformation("Staff account {UserId} signed in with its second factor", account.Id);
        return account.ToSignedIn(after);
    }
}
