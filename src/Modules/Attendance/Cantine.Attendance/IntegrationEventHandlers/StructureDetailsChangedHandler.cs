using Cantine.Accounts.Contracts.IntegrationEvents;
using Marten;

namespace Cantine.Attendance.IntegrationEventHandlers;

/// <summary>The town's name, contact e-mail and phone as changed (see <see cref="TownCopies"/>).</summary>
public sealed class StructureDetailsChangedHandler
{
    public static Task Handle(StructureDetailsChangedIntegrationEvent message, IDocumentSession session, CancellationToken ct) =>
        TownCopies.KeepAsync(session, message.Name, message.ContactEmail, message.Phone, null, message.Version, ct);
}
