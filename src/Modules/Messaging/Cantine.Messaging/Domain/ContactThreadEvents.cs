namespace Cantine.Messaging.Domain;

public sealed record ContactMessageReceived(
    Guid ThreadId, Guid FamilyId, Guid GuardianId, string AuthorName, string AuthorEmail, string Subject, string Body,
    Guid? AttachmentFileId, string? AttachmentName, long? AttachmentSize, DateTimeOffset At);

public sealed record ContactReplied(Guid ThreadId, Guid StaffId, string StaffName, string Body, DateTimeOffset At);

public sealed record ContactThreadMarkedRead(Guid ThreadId, bool Read);

/// <summary>A guardian of the family opened the thread: its replies are no longer new to the family (ADR 0032).</summary>
public sealed record ContactRepliesReadByFamily(Guid ThreadId, Guid GuardianId, DateTimeOffset At);

public sealed record ContactThreadArchived(Guid ThreadId, DateTimeOffset At);

public sealed record ContactThreadAssigned(Guid ThreadId, Guid StaffId, string StaffName);

/// <summary>RGPD erasure of the family (ADR 0018): the thread's author, subject, texts and attachment are gone; dates stay.</summary>
public sealed record ContactThreadErased(Guid ThreadId, DateTimeOffset At);
