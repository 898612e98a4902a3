using Cantine.Attendance.Contracts.IntegrationEvents;
using Cantine.Attendance.Contracts.RemindAgents;
using Cantine.Attendance.Domain;
using Cantine.Attendance.Features.Shared;
using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Contracts.Time;
using Cantine.BuildingBlocks.Tenancy;
using Marten;
using Mediator;
using Wolverine;

namespace Cantine.Attendance.Features.RemindAgents;

/// <summary>
/// Once the town's reminder time has passed: today's sheets with bookings not validated yet are e-mailed (Messaging) to
/// the town's active agents and administrators (the contact address when none is known), once a day — the
/// <see cref="ReminderSent"/> insert and the message commit together.
/// </summary>
public sealed class RemindAgentsHandler(IDocumentSession session, IMessageBus bus, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<RemindAgentsCommand, Result<int>>
{
    public async ValueTask<Result<int>> Handle(RemindAgentsCommand command, CancellationToken ct)
    {
        var settings = await session.SettingsAsync(tenant.TenantId, ct);
        var now = clock.GetUtcNow();
        var reminderId = ReminderSent.IdFor(tenant.TenantId, command.Today);
        if (now < ParisTime.At(command.Today, settings.ReminderTime) || await session.LoadAsync<ReminderSent>(reminderId, ct) is not null
            || await session.TownAsync(ct) is not { } town)
        {
            return 0;
        }

        var sheets = (await session.Query<AttendanceSheet>().Where(s => s.Date == command.Today && s.ValidatedAt == null).ToListAsync(ct))
            .Where(s => s.HasBookings)
            .ToList();
        if (sheets.Count == 0)
        {
            return 0;
        }

        var services = (await session.LoadManyAsync<ServiceCopy>(ct, sheets.Select(s => s.ServiceId).Distinct())).ToDictionary(s => s.Id, s => s.Name);
        var labels = sheets
            .Select(s => AttendanceText.Get("Sheet.Label", services.GetValueOrDefault(s.ServiceId, "?"), s.School))
            .Order(StringComparer.Ordinal)
            .ToList();
        var staff = await session.Query<StaffCopy>().Where(s => s.Active).Select(s => s.Email).ToListAsync(ct);
        IReadOnlyList<string> recipients = staff.Count > 0 ? [.. staff.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)] : [town.ContactEmail];
        session.Insert(new ReminderSent(reminderId, command.Today, labels.Count, now));
        await bus.PublishAsync(new SheetsNotValidatedIntegrationEvent(tenant.TenantId, command.Today, town.Name, recipients, labels));
        return labels.Count;
    }
}
