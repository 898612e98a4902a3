using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Documents.Contracts.PublishDocument;

/// <summary>
/// Publishes a PDF for the structure's families, optionally only between two dates (inclusive, Paris time).
/// The file is checked by its content. Returns the document's id.
/// </summary>
public sealed record PublishDocumentCommand(
    string Title, string Category, string FileName, byte[] Content, DateOnly? VisibleFrom, DateOnly? VisibleUntil) : ICommand<Result<Guid>>;
