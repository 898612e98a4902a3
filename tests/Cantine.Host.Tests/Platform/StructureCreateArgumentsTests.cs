using Cantine.Host.Platform;

namespace Cantine.Host.Tests.Platform;

/// <summary>The flags of the platform operator's <c>structure create</c> command.</summary>
public sealed class StructureCreateArgumentsTests
{
    private static readonly string[] Required =
    [
        "--slug", "lyon", "--name", "Ville de Lyon", "--admin-email", "admin@lyon.example", "--street", "1 place Bellecour",
        "--postal-code", "69002", "--city", "Lyon", "--phone", "04 72 10 30 30",
    ];

    [Fact]
    public void Builds_the_command_with_the_usual_defaults()
    {
        StructureCreateArguments.TryParse(Required, out var input, out var problem).ShouldBeTrue(problem);

        var command = input.ToCommand();
        command.Slug.ShouldBe("lyon");
        command.ContactEmail.ShouldBe("admin@lyon.example");
        command.PeriodKind.ShouldBe("Week");
        command.OpeningDays.ShouldBe([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday]);
        command.AdminLogin.ShouldBeNull();
    }

    [Fact]
    public void Reads_the_optional_flags()
    {
        StructureCreateArguments.TryParse([.. Required, "--period", "month", "--days", "mon,wed", "--admin-login", "mairie"], out var input, out _).ShouldBeTrue();

        input.PeriodKind.ShouldBe("Month");
        input.OpeningDays.ShouldBe([DayOfWeek.Monday, DayOfWeek.Wednesday]);
        input.AdminLogin.ShouldBe("mairie");
    }

    [Theory]
    [InlineData("--phone", "Missing --phone.")]
    [InlineData("--city", "Missing --city.")]
    public void Names_a_missing_flag(string flag, string expected)
    {
        var index = Array.IndexOf(Required, flag);
        string[] without = [.. Required[..index], .. Required[(index + 2)..]];

        StructureCreateArguments.TryParse(without, out _, out var problem).ShouldBeFalse();
        problem.ShouldBe(expected);
    }

    [Theory]
    [InlineData("--days", "mon,funday", "Unknown day 'funday'")]
    [InlineData("--period", "year", "--period is week or month.")]
    public void Refuses_bad_values(string flag, string value, string expected)
    {
        StructureCreateArguments.TryParse([.. Required, flag, value], out _, out var problem).ShouldBeFalse();
        problem!.ShouldStartWith(expected);
    }
}
