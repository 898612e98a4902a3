using Cantine.BuildingBlocks.Contracts;
using Cantine.Accounts.Contracts.ListGuardianAccounts;
using Cantine.Accounts.Domain;
using Marten;
using Marten.Linq;
using Mediator;

namespace Cantine.Accounts.Features.ListGuardianAccounts;

/// <summary>One page at a time, sorted and counted by PostgreSQL: a town of 20,000 guardians is never loaded whole.</summary>
public sealed class ListGuardianAccountsHandler(IQuerySession session) : IQueryHandler<ListGuardianAccountsQuery, GuardianAccountsPageDto>
{
    public async ValueTask<GuardianAccountsPageDto> Handle(ListGuardianAccountsQuery query, CancellationToken ct)
    {
        var guardians = session.Query<UserAccount>().Where(a => a.Kind == AccountKind.Guardian);
        if (query.NeverSignedInOnly)
        {
            guardians = guardians.Where(a => a.LastSignInAt == null);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            var key = term.ToLowerInvariant();
            guardians = guardians.Where(a => a.LoginKey.Contains(key) || a.EmailKey.Contains(key)
                || a.LastName.Contains(term, StringComparison.OrdinalIgnoreCase) || a.FirstName.Contains(term, StringComparison.OrdinalIgnoreCase));
        }

        var page = Paging.Clamp(query.Page);
        var rows = await guardians.Stats(out QueryStatistics stats)
            .OrderBy(a => a.LastName).ThenBy(a => a.FirstName).ThenBy(a => a.Id)
            .Skip((page - 1) * ListGuardianAccountsQuery.PageSize).Take(ListGuardianAccountsQuery.PageSize)
            .ToListAsync(ct);
        var pageCount = (int)Math.Max(1, (stats.TotalResults + ListGuardianAccountsQuery.PageSize - 1) / ListGuardianAccountsQuery.PageSize);
        return new GuardianAccountsPageDto(
            [.. rows.Select(a => new GuardianAccountDto(a.Id, a.DisplayName, a.Login, a.Email, a.HasPassword, a.LastSignInAt))],
            page, pageCount, stats.TotalResults);
    }
}
