namespace Cantine.Messaging.Domain;

public sealed record ThreadEntry(DateTimeOffset At, string AuthorName, bool FromStaff, string Body);
