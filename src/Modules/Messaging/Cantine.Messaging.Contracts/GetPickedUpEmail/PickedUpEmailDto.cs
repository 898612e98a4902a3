namespace Cantine.Messaging.Contracts.GetPickedUpEmail;

public sealed record PickedUpEmailDto(string Id, DateTimeOffset At, string To, string Subject, string TextBody, IReadOnlyList<string> Links);
