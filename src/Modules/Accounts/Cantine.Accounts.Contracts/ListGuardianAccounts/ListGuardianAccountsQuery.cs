using Mediator;

namespace Cantine.Accounts.Contracts.ListGuardianAccounts;

/// <summary>One page of the structure's guardians by name, with their last sign-in; optionally only those who never signed in, or matching a search (name, login, e-mail).</summary>
public sealed record ListGuardianAccountsQuery(int Page, bool NeverSignedInOnly, string? Search) : IQuery<GuardianAccountsPageDto>
{
    public const int PageSize = 50;
}
