namespace Cantine.Reservations.Domain;

/// <summary>Why a booking change is refused: a text key of the module, its arguments, and the cell concerned, if any.</summary>
public sealed record BookingRefusal(string Key, BookedCell? Cell = null, DateTimeOffset? Deadline = null, Guid? OtherFamilyId = null);
