using Mediator;

namespace Cantine.Reservations.Contracts.ListServices;

/// <summary>The town's services (prestations), by name.</summary>
public sealed record ListServicesQuery : IQuery<IReadOnlyList<ServiceDto>>;
