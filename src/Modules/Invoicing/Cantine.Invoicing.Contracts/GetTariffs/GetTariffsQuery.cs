using Mediator;

namespace Cantine.Invoicing.Contracts.GetTariffs;

/// <summary>Every service Invoicing knows, its unit price today and its dated quotient brackets.</summary>
public sealed record GetTariffsQuery : IQuery<IReadOnlyList<ServiceTariffDto>>;
