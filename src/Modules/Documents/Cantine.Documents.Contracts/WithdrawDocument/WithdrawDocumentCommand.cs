using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Documents.Contracts.WithdrawDocument;

/// <summary>Unpublishes a document: it is no longer listed nor served to families, by any URL.</summary>
public sealed record WithdrawDocumentCommand(Guid DocumentId) : ICommand<Result>;
