using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Accounts.Contracts.FailFamilyImport;

/// <summary>Ends a background import that an unexpected error interrupted; the batches already applied stay.</summary>
public sealed record FailFamilyImportCommand(Guid RunId) : ICommand<Result>;
