using Mediator;

namespace Cantine.Messaging.Contracts.GetPickedUpEmail;

/// <summary>Development only: one e-mail of the current tenant's pickup folder, or null.</summary>
public sealed record GetPickedUpEmailQuery(string Id) : IQuery<PickedUpEmailDto?>;
