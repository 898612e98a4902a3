using Cantine.Accounts.Contracts.ConfirmTwoFactorEnrolment;
using Cantine.Accounts.Contracts.SignIn;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.ConfirmTwoFactorEnrolment;

public sealed class ConfirmTwoFactorEnrolmentHandler(IDocumentSession session, TwoFactorCodes codes, TimeProvider clock)
    : ICommandHandler<ConfirmTwoFactorEnrolmentCommand, Result<SignedInUserDto>>
{
    public async ValueTask<Result<SignedInUserDto>> Handle(ConfirmTwoFactorEnrolmentCommand command, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var stream = await session.Events.FetchForWriting<UserAccount>(command.UserId, ct);
        if (stream.Aggregate is not { Kind: AccountKind.Staff, IsDisabled: false } account)
        {
            return Mapping.Refusal("AccountNotFound");
        }

        if (account.TwoFactorEnabled)
        {
            return Mapping.Refusal("TwoFactorAlreadyEnabled");
        }

        var credentials = await session.LoadCredentialsAsync(account.Id, ct);
        if (credentials.PendingProtectedTotpSecret is not { } pending)
        {
            return Mapping.Refusal("TwoFactorNotStarted");
        }

        if (codes.Verify(pending, command.Code, 0) is not { } step)
        {
            return Mapping.Refusal("TwoFactorFailed", nameof(command.Code));
        }

        credentials = credentials.WithSuccessfulSignIn() with
        {
            ProtectedTotpSecret = pending,
            PendingProtectedTotpSecret = null,
            LastTotpStep = step,
        };
        session.Store(credentials);
        stream.AppendMany(new TwoFactorEnabled(account.Id, now), new SignedIn(account.Id, now));
        return account.Apply(new TwoFactorEnabled(account.Id, now)).Apply(new SignedIn(account.Id, now)).ToSignedIn(credentials);
    }
}
