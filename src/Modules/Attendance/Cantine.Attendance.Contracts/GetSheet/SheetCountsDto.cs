namespace Cantine.Attendance.Contracts.GetSheet;

/// <summary>A sheet's figures: booked children, present (booked or not), absent, present without booking, not marked yet.</summary>
public sealed record SheetCountsDto(int Booked, int Present, int Absent, int Unbooked, int NotMarked);
