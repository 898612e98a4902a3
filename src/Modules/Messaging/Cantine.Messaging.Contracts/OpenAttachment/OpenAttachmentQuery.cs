using Mediator;

namespace Cantine.Messaging.Contracts.OpenAttachment;

/// <summary>
/// Opens a thread's PDF attachment. With <see cref="FamilyId"/>, only that family's thread; without it (staff),
/// any thread of the current structure. Null otherwise. The caller disposes the stream.
/// </summary>
public sealed record OpenAttachmentQuery(Guid ThreadId, Guid? FamilyId) : IQuery<AttachmentDto?>;

public sealed record AttachmentDto(string FileName, long SizeBytes, Stream Content);
