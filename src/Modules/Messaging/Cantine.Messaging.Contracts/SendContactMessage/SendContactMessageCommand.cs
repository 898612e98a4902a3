using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Messaging.Contracts.SendContactMessage;

/// <summary>
/// "Contact" (manual §8): a guardian writes to the structure, optionally with a PDF (checked by content,
/// size-limited). Starts a thread the family finds in "Mes messages"; the structure's contact address is told.
/// </summary>
public sealed record SendContactMessageCommand(
    Guid FamilyId, Guid GuardianId, string AuthorName, string AuthorEmail, string Subject, string Body,
    string? AttachmentName, byte[]? Attachment) : ICommand<Result<Guid>>;
