using Cantine.Accounts.Contracts.RequestPasswordReset;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Microsoft.Extensions.Logging;
using Wolverine;

namespace Cantine.Accounts.Features.RequestPasswordReset;

/// <summary>Answers the same whatever it finds (no account enumeration); e-mails at most 3 links an hour per account.</summary>
public sealed class RequestPasswordResetHandler(
    IDocumentSession session, IMessageBus bus, ITenantContext tenant, ResetLinks links, TimeProvider clock,
    ILogger<RequestPasswordResetHandler> log) : ICommandHandler<RequestPasswordResetCommand, Result>
{
    public async ValueTask<Result> Handle(RequestPasswordResetCommand command, CancellationToken ct)
    {
        var structure = await session.LoadStructureAsync(tenant.TenantId, ct);
        if (structure is null)
        {
            return Result.Success;
        }

        var accounts = new List<UserAccount>();
        if (!string.IsNullOrWhiteSpace(command.Login) && await session.FindByLoginAsync(command.Login, ct) is { } byLogin)
        {
            accounts.Add(byLogin);
        }

        if (!string.IsNullOrWhiteSpace(command.Email))
        {
            accounts.AddRange(await session.FindByEmailAsync(command.Email, ct));
        }

        var now = clock.GetUtcNow();
        foreach (var account in accounts.DistinctBy(a => a.Id))
        {
            var credentials = await session.LoadCredentialsAsync(account.Id, ct);
            var allowed = credentials.TryRecordResetRequest(now, out var updated);
            session.Store(updated);
            if (allowed)
            {
                await links.IssueAsync(session, bus, structure, account, firstConnection: !account.HasPassword, ct);
            }
            else
            {
                log.LogWarning("Password link not sent to account {UserId}: too many requests", account.Id);
            }
        }

        return Result.Success;
    }
}
