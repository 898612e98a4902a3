using Mediator;

namespace Cantine.Accounts.Contracts.ListStaffMembers;

/// <summary>The structure's staff accounts, by name (the staff page; assigning a message to a colleague).</summary>
public sealed record ListStaffMembersQuery : IQuery<IReadOnlyList<StaffMemberDto>>;

/// <summary>A staff account; <see cref="LastSignInAt"/> is null until its first sign-in.</summary>
public sealed record StaffMemberDto(
    Guid UserId,
    string DisplayName,
    string Role,
    string Login,
    string Email = "",
    DateTimeOffset? LastSignInAt = null,
    bool IsDisabled = false,
    bool TwoFactorEnabled = false);
