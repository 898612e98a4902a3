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
        if (stream.Aggregate is not { } account || structure is null)
        {
            return Mapping.Refusal("AccountNotFound");
        }

        var problems = PasswordRules.Check(command.Password, null, structure, account, passwordField: nameof(command.Password));
        if (problems.Count > 0)
        {
            return Result.Failure(problems);
        }

        var credentials = (await session.LoadCredentialsAsync(account.Id, ct)).WithPassword(hashing.Hash(command.Password));
        stream.AppendOne(new PasswordChanged(account.Id, now, PasswordChangeReason.SetByOperator));
        await ResetLinks.RevokeUnusedAsync(session, account.Id, now, ct);
        if (command.TotpSecret is { } secret && account.Kind == AccountKind.Staff)
        {
            credentials = credentials with { ProtectedTotpSecret = codes.Protect(secret), PendingProtectedTotpSecret = null };
            stream.AppendOne(new TwoFactorEnabled(account.Id, now));
        }

        session.Store(credentials);
        return Result.Success;
    }
}
