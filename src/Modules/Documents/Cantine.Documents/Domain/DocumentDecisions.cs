using Cantine.BuildingBlocks.Domain;

namespace Cantine.Documents.Domain;

/// <summary>The library's rules (manual §7): pure functions of the command, the document's state and the time.</summary>
public static class DocumentDecisions
{
    public static Decision Decide(PublishDocument command, DateTimeOffset now) =>
        Decision.Append(new DocumentPublished(
            command.DocumentId, command.Title.Trim(), command.Category, command.FileId, command.FileName, command.SizeBytes,
            now, command.VisibleFrom, command.VisibleUntil));

    /// <summary>A withdrawn document stays withdrawn: its file is not replaced (publish a new one instead).</summary>
    public static Decision Decide(ReplaceDocumentFile command, LibraryDocument? document, DateTimeOffset now) =>
        document is null ? Decision.Refuse("DocumentNotFound")
        : document.Withdrawn ? Decision.Refuse("ReplaceWithdrawn", "Content")
        : Decision.Append(new DocumentFileReplaced(document.Id, command.FileId, command.FileName, command.SizeBytes, now));

    /// <summary>Withdrawing twice (the same form sent again) changes nothing.</summary>
    public static Decision Decide(WithdrawDocument command, LibraryDocument? document, DateTimeOffset now) =>
        document is null ? Decision.Refuse("DocumentNotFound")
        : document.Withdrawn ? Decision.Nothing
        : Decision.Append(new DocumentWithdrawn(document.Id, now));
}
