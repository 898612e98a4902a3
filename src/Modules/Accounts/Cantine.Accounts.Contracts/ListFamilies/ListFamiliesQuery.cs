using Mediator;

namespace Cantine.Accounts.Contracts.ListFamilies;

/// <summary>
/// One page of the structure's families for the staff list. <see cref="Search"/> matches, without regard to case
/// or accents, any part of the family's name, a guardian's name, login or e-mail, or a child's name (every word
/// must match). <see cref="Sort"/> is one of <see cref="FamilySort"/>. <see cref="Page"/> starts at 1.
/// </summary>
public sealed record ListFamiliesQuery(string? Search, int Page, int PageSize, string Sort, bool IncludeArchived) : IQuery<FamilyListDto>;
