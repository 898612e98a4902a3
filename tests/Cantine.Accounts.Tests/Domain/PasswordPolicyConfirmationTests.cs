using Cantine.Accounts.Domain;

namespace Cantine.Accounts.Tests.Domain;

public sealed class PasswordPolicyConfirmationTests
{
    private static IReadOnlyList<PasswordProblem> Check(string? password, string? confirmation) =>
        PasswordPolicy.Check(password, confirmation, PasswordPolicy.DefaultMinLength, "jean.dupont", "Ville de Démo", "ville-de-demo");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Reports_a_missing_password_and_nothing_else(string? password)
    {
        Check(password, confirmation: "something").ShouldBe([PasswordProblem.Missing]);
    }

    [Fact]
    public void Refuses_a_confirmation_that_differs()
    {
        Check("Kx9#mPq2$vLw", confirmation: "Kx9#mPq2$vLW").ShouldBe([PasswordProblem.ConfirmationMismatch]);
    }

    [Fact]
    public void Accepts_a_confirmation_that_matches()
    {
        Check("Kx9#mPq2$vLw", confirmation: "Kx9#mPq2$vLw").ShouldBeEmpty();
    }

    [Fact]
    public void Skips_the_confirmation_check_when_no_confirmation_is_asked_for()
    {
        Check("Kx9#mPq2$vLw", confirmation: null).ShouldBeEmpty();
    }

    [Fact]
    public void Reports_every_problem_of_a_short_mistyped_password_containing_the_login()
    {
        Check("jean.dupont", confirmation: "jean.dupond")
            .ShouldBe([PasswordProblem.TooShort, PasswordProblem.ConfirmationMismatch, PasswordProblem.ContainsLogin], ignoreOrder: true);
    }
}
