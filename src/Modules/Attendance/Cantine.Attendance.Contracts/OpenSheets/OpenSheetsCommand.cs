using Cantine.BuildingBlocks.Contracts.Results;
using Mediator;

namespace Cantine.Attendance.Contracts.OpenSheets;

/// <summary>
/// Opens the sheets of every day up to <see cref="Today"/> that has bookings and is not open yet, freezing their
/// booked lists (the morning job sends it; it catches up missed days and opening twice changes nothing).
/// Returns how many sheets were opened.
/// </summary>
public sealed record OpenSheetsCommand(DateOnly Today) : ICommand<Result<int>>;
