using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Contracts.ResetPassword;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Accounts.Features.ResetPassword;

public sealed class ResetPasswordHandler(
    IDocumentSession session, IMessageBus bus, ITenantContext tenant, ResetLinks links, PasswordHashing hashing, TimeProvider clock)
    : ICommandHandler<ResetPasswordCommand, Result>
{
    public async ValueTask<Result> Handle(ResetPasswordCommand command, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var found = await ResetLinkReader.ReadAsync(session, links, tenant.TenantId, command.Token, now, ct);
        if (!found.IsSuccess)
        {
            return Result.Failure(found.Errors);
        }

        var (token, account, structure) = found.Value;
        var problems = PasswordRules.Check(command.NewPassword, command.Confirmation, structure, account);
        if (problems.Count > 0)
        {
            return Result.Failure(problems);
        }

        var credentials = await session.LoadCredentialsAsync(account.Id, ct);
        session.Store(credentials.WithPassword(hashing.Hash(command.NewPassword)));
        await ResetLinks.RevokeUnusedAsync(session, account.Id, now, ct, consumed: token);
        session.Events.Append(account.Id, new PasswordChanged(account.Id, now, PasswordChangeReason.ChosenFromLink));
        if (account.HasPassword)
        {
            await bus.PublishAsync(new PasswordChangedIntegrationEvent(structure.Slug, account.Id, account.Email, account.DisplayName, structure.Name, now));
        }

        return Result.Success;
    }
}
