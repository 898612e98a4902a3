namespace Cantine.BuildingBlocks.Contracts.Results;

/// <summary>The outcome of a command without a value: success, or one or more refusals.</summary>
public sealed record Result : IResultFactory<Result>, IOutcome
{
    private Result(IReadOnlyList<Error> errors) => Errors = errors;

    public IReadOnlyList<Error> Errors { get; }

    public bool IsSuccess => Errors.Count == 0;

    public static Result Success { get; } = new([]);

    public static Result Failure(params Error[] errors) =>
        errors.Length == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new(errors);

    public static Result Failure(IReadOnlyList<Error> errors) => Failure(errors.ToArray());

    public static Result FromErrors(IReadOnlyList<Error> errors) => Failure(errors);

    public static implicit operator Result(Error error) => Failure(error);
}
