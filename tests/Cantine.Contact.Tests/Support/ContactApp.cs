using Cantine.BuildingBlocks.Contracts.Results;
using Cantine.Messaging.Contracts.GetFamilyThread;
using Cantine.Messaging.Contracts.GetInboxThread;
using Cantine.Messaging.Contracts.ListInbox;
using Cantine.Messaging.Contracts.OpenAttachment;
using Cantine.Messaging.Contracts.SendContactMessage;
using Cantine.Messaging.Contracts.Threads;
using MimeKit;
using Npgsql;

namespace Cantine.Contact.Tests.Support;

/// <summary>
/// The product with two structures: Lyon, where the families write, and Vienne, the other tenant. One per
/// test class (its own database and SMTP server).
/// </summary>
public class ContactApp : CantineApp
{
    public const string Lyon = "lyon";
    public const string Vienne = "vienne";

    public TestTown Town { get; private set; } = null!;

    public TestTown Other { get; private set; } = null!;

    protected override async Task SeedAsync()
    {
        Town = await TestTown.CreateAsync(this, Lyon);
        Other = await TestTown.CreateAsync(this, Vienne);
    }

    /// <summary>Marie Durand (the town's first family) writes to the structure, as the Contact page sends it.</summary>
    public Task<Result<Guid>> WriteAsync(string subject, string body, byte[]? attachment = null, string? attachmentName = "piece.pdf", TestFamily? family = null)
    {
        family ??= Town.Family;
        var guardian = family.Guardian;
        return SendAsync(Lyon, s => s.Send(new SendContactMessageCommand(
            family.FamilyId, guardian.UserId, family == Town.Family ? "Marie Durand" : "Lucas Roux", guardian.Email, subject, body,
            attachment is null ? null : attachmentName, attachment)));
    }

    public async Task<Guid> WrittenAsync(string subject, string body = "Bonjour, une question pour le service.", byte[]? attachment = null, TestFamily? family = null)
    {
        var result = await WriteAsync(subject, body, attachment, family: family);
        result.IsSuccess.ShouldBeTrue(string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value;
    }

    public Task<ThreadDto?> InboxThreadAsync(Guid threadId, string tenant = Lyon) =>
        SendAsync(tenant, s => s.Send(new GetInboxThreadQuery(threadId)));

    public Task<ThreadDto?> FamilyThreadAsync(Guid familyId, Guid threadId, string tenant = Lyon) =>
        SendAsync(tenant, s => s.Send(new GetFamilyThreadQuery(familyId, threadId)));

    public Task<IReadOnlyList<ThreadSummaryDto>> InboxAsync(string box, string tenant = Lyon) =>
        SendAsync(tenant, s => s.Send(new ListInboxQuery(box)));

    /// <summary>The attachment's bytes as the requester gets them (a family with its id, staff without), or null.</summary>
    public async Task<(string FileName, byte[] Content)?> ReadAttachmentAsync(Guid threadId, Guid? familyId, string tenant = Lyon)
    {
        var file = await SendAsync(tenant, s => s.Send(new OpenAttachmentQuery(threadId, familyId)));
        if (file is null)
        {
            return null;
        }

        await using var stream = file.Content;
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        copy.Length.ShouldBe(file.SizeBytes);
        return (file.FileName, copy.ToArray());
    }

    /// <summary>
    /// The first e-mail to <paramref name="to"/> whose subject is <paramref name="subject"/> and whose text mentions
    /// <paramref name="mentioning"/> (delivery is asynchronous, through the outbox).
    /// </summary>
    public Task<MimeMessage> EmailAsync(string to, string subject, string mentioning) =>
        Smtp.WaitForAsync(
            m => m.Subject == subject && m.To.Mailboxes.Any(b => b.Address == to) && (m.TextBody ?? string.Empty).Contains(mentioning, StringComparison.Ordinal),
            TimeSpan.FromSeconds(60));

    public async Task<long> StoredFilesAsync(string tenant = Lyon)
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM cantine.stored_files WHERE tenant_id = $1", connection)
        {
            Parameters = { new() { Value = tenant } },
        };
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
