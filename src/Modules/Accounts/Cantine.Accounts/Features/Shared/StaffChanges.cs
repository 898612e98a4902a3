using Cantine.Accounts.Contracts.IntegrationEvents;
using Cantine.Accounts.Domain;
using JasperFx.Events;
using Wolverine;

namespace Cantine.Accounts.Features.Shared;

/// <summary>Tells the other modules a staff member's e-mail, role and state (Attendance e-mails the agents).</summary>
internal static class StaffChanges
{
    public static async ValueTask PublishStaffChangeAsync(this IMessageBus bus, string tenantId, IEventStream<UserAccount> stream, int appended, bool active)
    {
        if (appended > 0 && stream.Aggregate is { Role: { } role } account)
        {
            await bus.PublishAsync(new StaffMemberChangedIntegrationEvent(tenantId, account.Id, account.Email, role.ToString(), active, stream.CurrentVersion ?? 0));
        }
    }
}
