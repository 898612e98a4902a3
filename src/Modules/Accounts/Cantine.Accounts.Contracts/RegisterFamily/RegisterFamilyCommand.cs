using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.RegisterFamily;

/// <summary>Registers a family (foyer), the billing unit. Returns its id.</summary>
public sealed record RegisterFamilyCommand(string Name, string? ExternalReference = null) : ICommand<Result<Guid>>;
