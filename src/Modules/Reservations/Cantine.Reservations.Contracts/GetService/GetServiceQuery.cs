using Cantine.Reservations.Contracts.ListServices;
using Mediator;

namespace Cantine.Reservations.Contracts.GetService;

public sealed record GetServiceQuery(Guid ServiceId) : IQuery<ServiceDto?>;
