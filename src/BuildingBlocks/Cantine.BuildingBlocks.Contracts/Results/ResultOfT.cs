namespace Cantine.BuildingBlocks.Contracts.Results;

/// <summary>The outcome of a command or query with a value: the value, or one or more refusals.</summary>
public sealed record Result<T> : IResultFactory<Result<T>>, IOutcome
{
    private readonly T? _value;

    private Result(T? value, IReadOnlyList<Error> errors)
    {
        _value = value;
        Errors = errors;
    }

    public IReadOnlyList<Error> Errors { get; }

    public bool IsSuccess => Errors.Count == 0;

    public T Value => IsSuccess
        ? _value!
        : throw new InvalidOperationException($"No value: the result failed with {Errors[0].Code}.");

    public static Result<T> Success(T value) => new(value, []);

    public static Result<T> Failure(params Error[] errors) =>
        errors.Length == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new(default, errors);

    public static Result<T> FromErrors(IReadOnlyList<Error> errors) => Failure(errors.ToArray());

    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Error error) => Failure(error);
}
