using Mediator;

namespace Cantine.Accounts.Contracts.ListStaffMembers;

/// <summary>The structure's staff accounts, by name (e.g. to assign a message to a colleague).</summary>
public sealed record ListStaffMembersQuery : IQuery<IReadOnlyList<StaffMemberDto>>;

public sealed record StaffMemberDto(Guid UserId, string DisplayName, string Role, string Login);
