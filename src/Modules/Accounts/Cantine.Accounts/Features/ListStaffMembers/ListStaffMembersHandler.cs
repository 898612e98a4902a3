using Cantine.Accounts.Contracts.ListStaffMembers;
using Cantine.Accounts.Domain;
using Marten;
using Mediator;

namespace Cantine.Accounts.Features.ListStaffMembers;

public sealed class ListStaffMembersHandler(IQuerySession session) : IQueryHandler<ListStaffMembersQuery, IReadOnlyList<StaffMemberDto>>
{
    public async ValueTask<IReadOnlyList<StaffMemberDto>> Handle(ListStaffMembersQuery query, CancellationToken ct)
    {
        var staff = await session.Query<UserAccount>().Where(a => a.Kind == AccountKind.Staff).ToListAsync(ct);
        return staff.OrderBy(a => a.DisplayName, StringComparer.CurrentCulture)
            .Select(a => new StaffMemberDto(
                a.Id, a.DisplayName, a.Role?.ToString() ?? string.Empty, a.Login, a.Email, a.LastSignInAt, a.IsDisabled, a.TwoFactorEnabled))
            .ToList();
    }
}
