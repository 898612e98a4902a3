using Cantine.Accounts.Contracts.CheckResetLink;
using Cantine.Accounts.Domain;
using Cantine.Accounts.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.CheckResetLink;

public sealed class CheckResetLinkHandler(IQuerySession session, ITenantContext tenant, ResetLinks links, TimeProvider clock)
    : IQueryHandler<CheckResetLinkQuery, Result<ResetLinkDto>>
{
    public async ValueTask<Result<ResetLinkDto>> Handle(CheckResetLinkQuery query, CancellationToken ct)
    {
        var found = await ResetLinkReader.ReadAsync(session, links, tenant.TenantId, query.Token, clock.GetUtcNow(), ct);
        if (!found.IsSuccess)
        {
            return Result<ResetLinkDto>.FromErrors(found.Errors);
        }

        var (_, account, structure) = found.Value;
        return new ResetLinkDto(account.Login, Math.Max(structure.PasswordMinLength, PasswordPolicy.LowestMinLength), account.Kind == AccountKind.Staff);
    }
}
