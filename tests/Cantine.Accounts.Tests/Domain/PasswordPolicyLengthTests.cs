using Cantine.Accounts.Domain;

namespace Cantine.Accounts.Tests.Domain;

/// <summary>SPEC §2 / CNIL 2022: 12 characters by default, never fewer than 8, long passphrases welcome.</summary>
public sealed class PasswordPolicyLengthTests
{
    private const string Login = "jean.dupont";
    private const string Town = "Ville de Démo";
    private const string Slug = "ville-de-demo";

    private static IReadOnlyList<PasswordProblem> Check(string password, int minLength = PasswordPolicy.DefaultMinLength) =>
        PasswordPolicy.Check(password, null, minLength, Login, Town, Slug);

    [Fact]
    public void Asks_for_twelve_characters_by_default()
    {
        PasswordPolicy.DefaultMinLength.ShouldBe(12);
    }

    [Fact]
    public void Accepts_a_strong_password_of_exactly_the_default_length()
    {
        Check("Kx9#mPq2$vLw").ShouldBeEmpty();
    }

    [Fact]
    public void Refuses_a_password_one_character_shorter_than_the_default()
    {
        Check("Kx9#mPq2$vL").ShouldBe([PasswordProblem.TooShort]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(-3)]
    public void Never_accepts_fewer_than_eight_characters_whatever_the_structure_asks(int minLength)
    {
        Check("Kx9#mPq", minLength).ShouldBe([PasswordProblem.TooShort]);
        Check("Kx9#mPq2", minLength).ShouldNotContain(PasswordProblem.TooShort);
    }

    [Fact]
    public void Follows_a_structure_that_asks_for_more_than_the_default()
    {
        Check("Kx9#mPq2$vLw-8", minLength: 16).ShouldBe([PasswordProblem.TooShort]);
        Check("Kx9#mPq2$vLw-8Tz", minLength: 16).ShouldBeEmpty();
    }

    [Fact]
    public void Accepts_a_passphrase_of_sixty_four_characters_and_more()
    {
        const string passphrase = "Les girafes mangent des acacias pres du lac Titicaca en juillet !";
        passphrase.Length.ShouldBeGreaterThanOrEqualTo(64);

        Check(passphrase).ShouldBeEmpty();
    }

    [Fact]
    public void Accepts_a_password_of_the_maximum_length()
    {
        var password = LongPassword(PasswordPolicy.MaxLength);

        PasswordPolicy.MaxLength.ShouldBe(256);
        Check(password).ShouldBeEmpty();
    }

    [Fact]
    public void Refuses_a_password_longer_than_the_maximum()
    {
        Check(LongPassword(PasswordPolicy.MaxLength + 1)).ShouldBe([PasswordProblem.TooLong]);
    }

    [Fact]
    public void Counts_an_accented_letter_typed_as_two_code_points_as_one_character()
    {
        // "é" as "e" + combining acute: 12 code units but 11 characters on screen.
        const string password = "Kx9#mPq2$ve\u0301";
        password.Length.ShouldBe(12);

        Check(password).ShouldBe([PasswordProblem.TooShort]);
    }

    [Fact]
    public void Counts_an_emoji_as_one_character()
    {
        // Eleven visible characters, twelve UTF-16 code units.
        Check("Kx9#mPq2$v\U0001F992").ShouldBe([PasswordProblem.TooShort]);
    }

    private static string LongPassword(int length)
    {
        const string chunk = "Kx9#mPq2$vLw-8Tz&Rb4!Hn7%Yc3+Fg6";
        return string.Concat(Enumerable.Repeat(chunk, (length / chunk.Length) + 1))[..length];
    }
}
