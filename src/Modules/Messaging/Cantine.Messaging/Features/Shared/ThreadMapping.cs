using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.BuildingBlocks.Domain;
using Cantine.BuildingBlocks.Files;
using Cantine.Messaging.Contracts.Threads;
using Cantine.Messaging.Domain;

namespace Cantine.Messaging.Features.Shared;

internal static class ThreadMapping
{
    public static ThreadSummaryDto ToSummary(this ContactThread t) =>
        new(t.Id, t.Subject, t.AuthorName, t.StartedAt, t.LastActivityAt, t.Entries.Count(e => e.FromStaff), t.AwaitingReply,
            t.Status.ToString(), t.AssigneeName, t.AttachmentFileId is not null);

    public static ThreadDto ToDto(this ContactThread t) =>
        new(t.Id, t.FamilyId, t.Subject, t.AuthorName, t.AuthorEmail, t.Status.ToString(), t.AssigneeId, t.AssigneeName,
            t.AttachmentName, t.AttachmentSize, t.Entries.Select(e => new ThreadEntryDto(e.At, e.AuthorName, e.FromStaff, e.Body)).ToList(),
            t.RepliesUnreadByFamily);

    public static Error Refusal(string key, string? field = null, params object[] args) => new(key, MessagingText.Get(key, args), field);

    /// <summary>The French error of a refused decision.</summary>
    public static Error Refusal(Decision refused) => Refusal(refused.Refusal!, refused.Field, refused.Args);

    public static Error? CheckAttachment(byte[]? content, long maxBytes) => content is null || content.Length == 0
        ? null
        : PdfContent.Check(content, maxBytes) switch
        {
            PdfProblem.TooLarge => Refusal("Attachment.TooLarge", "Attachment", PdfContent.Megabytes(maxBytes)),
            PdfProblem.NotPdf => Refusal("Attachment.NotPdf", "Attachment"),
            _ => null,
        };
}
