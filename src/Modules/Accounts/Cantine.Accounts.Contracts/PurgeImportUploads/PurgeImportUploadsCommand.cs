using Mediator;

namespace Cantine.Accounts.Contracts.PurgeImportUploads;

/// <summary>
/// Deletes the tenant's staged CSV uploads that were not confirmed within the retention (ADR 0018: none outlives 24
/// hours) and those whose import has ended (the run keeps its summary, not the file). Returns how many went.
/// </summary>
public sealed record PurgeImportUploadsCommand : ICommand<int>;
