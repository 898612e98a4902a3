using Cantine.BuildingBlocks.Contracts.Results;
using Shouldly;

namespace Cantine.Testing;

public static class ResultAssertions
{
    public static T ShouldSucceed<T>(this Result<T> result)
    {
        result.IsSuccess.ShouldBeTrue(Describe(result.Errors));
        return result.Value;
    }

    public static void ShouldSucceed(this Result result) => result.IsSuccess.ShouldBeTrue(Describe(result.Errors));

    /// <summary>Asserts a single refusal with this code (and field, when given) and returns it.</summary>
    public static Error ShouldBeRefused<T>(this Result<T> result, string code, string? field = null) =>
        Refusal(result.IsSuccess, result.Errors, code, field);

    public static Error ShouldBeRefused(this Result result, string code, string? field = null) =>
        Refusal(result.IsSuccess, result.Errors, code, field);

    private static Error Refusal(bool isSuccess, IReadOnlyList<Error> errors, string code, string? field)
    {
        isSuccess.ShouldBeFalse($"expected the refusal {code}");
        var error = errors.ShouldHaveSingleItem(Describe(errors));
        error.Code.ShouldBe(code);
        error.Message.ShouldNotBeNullOrWhiteSpace();
        if (field is not null)
        {
            error.Field.ShouldBe(field);
        }

        return error;
    }

    private static string Describe(IReadOnlyList<Error> errors) =>
        string.Join("; ", errors.Select(e => $"{e.Code} ({e.Field}): {e.Message}"));
}
