using Cantine.Accounts.Contracts.StartTwoFactorEnrolment;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.StartTwoFactorEnrolment;

public sealed class StartTwoFactorEnrolmentHandler(IDocumentSession session, TwoFactorCodes codes, ITenantContext tenant)
    : ICommandHandler<StartTwoFactorEnrolmentCommand, Result<TwoFactorEnrolmentDto>>
{
    public async ValueTask<Result<TwoFactorEnrolmentDto>> Handle(StartTwoFactorEnrolmentCommand command, CancellationToken ct)
    {
        var account = await session.LoadAsync<UserAccount>(command.UserId, ct);
        if (account is not { Kind: AccountKind.Staff, IsDisabled: false })
        {
            return Mapping.Refusal("AccountNotFound");
        }

        if (account.TwoFactorEnabled)
        {
            return Mapping.Refusal("TwoFactorAlreadyEnabled");
        }

        var structure = await session.LoadStructureAsync(tenant.TenantId, ct);
        var secret = TwoFactorCodes.NewSecret();
        var credentials = await session.LoadCredentialsAsync(account.Id, ct);
        session.Store(credentials with { PendingProtectedTotpSecret = codes.Protect(secret) });
        return new TwoFactorEnrolmentDto(secret, TwoFactorCodes.OtpAuthUri(structure?.Name ?? tenant.TenantId, account.Login, secret));
    }
}
