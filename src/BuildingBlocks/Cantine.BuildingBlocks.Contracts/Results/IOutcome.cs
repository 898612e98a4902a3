namespace Cantine.BuildingBlocks.Contracts.Results;

/// <summary>What every result says, whatever its value: its refusals (none when it succeeded).</summary>
public interface IOutcome
{
    IReadOnlyList<Error> Errors { get; }
}
