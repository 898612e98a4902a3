using Cantine.Accounts.Contracts.SetPassword;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.SetPassword;

public sealed class SetPasswordHandler(
    IDocumentSession session, ITenantContext tenant, PasswordHashing hashing, TwoFactorCodes codes, TimeProvider clock)
    : ICommandHandler<SetPasswordCommand, Result>
{
    public async ValueTask<Result> Handle(SetPasswordCommand command, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var stream = await session.Events.FetchForWriting<UserAccount>(command.UserId, ct);
        var structure = await session.LoadStructureAsync(tenant.TenantId, ct);
        var credentials = stream.Aggregate is null ? null : await session.LoadCredentialsAsync(command.UserId, ct);
        var secret = command.TotpSecret is { } totp ? codes.Protect(totp) : null;
        var outcome = PasswordDecisions.Decide(new Domain.SetPassword(command.Password, secret), stream.Aggregate, structure, credentials, now);
        if (outcome.Decision.IsRefused || outcome.Credentials is not { } accepted)
        {
            return Result.Failure(PasswordRules.Refusals(outcome.Decision, structure, passwordField: nameof(command.Password)));
        }

        session.Store(accepted.WithPassword(hashing.Hash(command.Password)));
        stream.AppendMany(outcome.Events);
        await ResetLinks.RevokeUnusedAsync(session, command.UserId, now, ct);
        return Result.Success;
    }
}
