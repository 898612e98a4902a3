namespace Cantine.BuildingBlocks.Contracts.Results;

/// <summary>Lets generic pipeline code build a failed result of any result type.</summary>
public interface IResultFactory<out TSelf>
{
    static abstract TSelf FromErrors(IReadOnlyList<Error> errors);
}
