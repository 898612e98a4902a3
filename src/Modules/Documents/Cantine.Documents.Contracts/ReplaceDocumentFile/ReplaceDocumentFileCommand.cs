using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Documents.Contracts.ReplaceDocumentFile;

/// <summary>Replaces the PDF of a document (e.g. a corrected menu); families then get the new file.</summary>
public sealed record ReplaceDocumentFileCommand(Guid DocumentId, string FileName, byte[] Content) : ICommand<Result>;
