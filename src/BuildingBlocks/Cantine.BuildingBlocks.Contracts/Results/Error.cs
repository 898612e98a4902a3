namespace Cantine.BuildingBlocks.Contracts.Results;

/// <summary>
/// An expected refusal: a stable <paramref name="Code"/> for programs, a French
/// <paramref name="Message"/> for people, and the input <paramref name="Field"/> it concerns, if any.
/// </summary>
public sealed record Error(string Code, string Message, string? Field = null);
