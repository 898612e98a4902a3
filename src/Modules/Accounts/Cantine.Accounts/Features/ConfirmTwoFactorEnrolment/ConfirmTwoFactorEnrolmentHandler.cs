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
        var stream = await session.Events.FetchForWriting<UserAccount>(command.UserId, ct);
        var credentials = await session.LoadCredentialsAsync(command.UserId, ct);
        var step = credentials.PendingProtectedTotpSecret is { } pending ? codes.Verify(pending, command.Code, 0) : null;
        var outcome = SignInDecisions.Decide(
            new Domain.ConfirmTwoFactorEnrolment(step), stream.Aggregate, credentials, clock.GetUtcNow());
        if (outcome.Decision.IsRefused || stream.Aggregate is not { } account || outcome.Credentials is not { } enabled)
        {
            return Mapping.Refusal(outcome.Decision);
        }

        session.Store(enabled);
        stream.AppendMany(outcome.Events);
        return outcome.Events.Aggregate(account, Apply).ToSignedIn(enabled);
    }

    private static UserAccount Apply(UserAccount account, object e) => e switch
    {
        TwoFactorEnabled enabled => account.Apply(enabled),
        SignedIn signedIn => account.Apply(signedIn),
        _ => account,
    };
}
