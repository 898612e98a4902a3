namespace Cantine.Reservations.Domain;

/// <summary>The outcome of a decision: the cells to book and to cancel, or a refusal (nothing is written).</summary>
public sealed record BookingChange(IReadOnlyList<BookedCell> Booked, IReadOnlyList<BookedCell> Cancelled, BookingRefusal? Refusal)
{
    public bool IsRefused => Refusal is not null;

    public bool IsEmpty => Booked.Count == 0 && Cancelled.Count == 0;

    public static BookingChange Refused(BookingRefusal refusal) => new([], [], refusal);
}
