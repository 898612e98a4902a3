namespace Cantine.Messaging.Contracts.ListPickedUpEmails;

public sealed record PickupMailboxDto(bool Enabled, IReadOnlyList<PickedUpEmailSummaryDto> Emails);

public sealed record PickedUpEmailSummaryDto(string Id, DateTimeOffset At, string To, string Subject);
