namespace Cantine.Reservations.Domain;

/// <summary>What a submission changed, kept so that the same form sent again answers the same without changing anything.</summary>
public sealed record SubmissionOutcome(Guid SubmissionId, int Booked, int Cancelled);
