using Cantine.Accounts.Contracts.IntegrationEvents;
using Marten;

namespace Cantine.Attendance.IntegrationEventHandlers;

/// <summary>The town's name, contact e-mail, phone and booking period kind (see <see cref="TownCopies"/>).</summary>
public sealed class StructureCreatedHandler
{
    public static Task Handle(StructureCreatedIntegrationEvent message, IDocumentSession session, CancellationToken ct) =>
        TownCopies.KeepAsync(session, message.Name, message.ContactEmail, message.Phone, message.PeriodKind, message.Version, ct);
}
