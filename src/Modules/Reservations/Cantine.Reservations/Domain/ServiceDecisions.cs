using Cantine.BuildingBlocks.Domain;

namespace Cantine.Reservations.Domain;

/// <summary>The services' rules (manual §3): pure functions of the command, the service's state and what the handler loaded.</summary>
public static class ServiceDecisions
{
    /// <summary>Two services never share a name: staff and parents tell them apart by it.</summary>
    public static Decision Decide(CreateService command, IReadOnlyCollection<string> takenNames)
    {
        var name = command.Name.Trim();
        return takenNames.Contains(name, StringComparer.Ordinal)
            ? Decision.Refuse("Service.NameTaken", nameof(command.Name))
            : Decision.Append(new ServiceCreated(
                command.ServiceId, name, [.. command.Days.Distinct()], command.BookableByParents, command.BillingBasis, command.FirstPrice));
    }

    /// <param name="otherNames">The names of the town's other services.</param>
    public static Decision Decide(ChangeService command, Service? service, IReadOnlyCollection<string> otherNames)
    {
        if (service is null)
        {
            return Decision.Refuse("Service.NotFound", "ServiceId");
        }

        var name = command.Name.Trim();
        return otherNames.Contains(name, StringComparer.Ordinal)
            ? Decision.Refuse("Service.NameTaken", nameof(command.Name))
            : Decision.Append(new ServiceChanged(service.Id, name, [.. command.Days.Distinct()], command.BookableByParents, command.BillingBasis));
    }

    /// <summary>Closed periods are never re-priced: a new price takes effect after the last closed day.</summary>
    /// <param name="lastClosedDay">The last day of the latest closed period, if any.</param>
    public static Decision Decide(ChangeServicePrice command, Service? service, DateOnly? lastClosedDay) =>
        service is null ? Decision.Refuse("Service.NotFound", "ServiceId")
        : lastClosedDay is { } last && command.Price.EffectiveFrom <= last ? Decision.Refuse("Service.PriceInClosedPeriod", "EffectiveFrom", last)
        : Decision.Append(new ServicePriceChanged(service.Id, command.Price));
}
