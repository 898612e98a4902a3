using Cantine.Accounts.Domain;

namespace Cantine.Accounts.Tests.Domain;

/// <summary>ADR 0005: no composition rules, but no login, no town name and no common password.</summary>
public sealed class PasswordPolicyGuessabilityTests
{
    private static IReadOnlyList<PasswordProblem> Check(
        string password, string login = "jean.dupont", string town = "Ville de Démo", string slug = "ville-de-demo") =>
        PasswordPolicy.Check(password, null, PasswordPolicy.DefaultMinLength, login, town, slug);

    [Fact]
    public void Refuses_a_password_containing_the_login()
    {
        Check("Jean.Dupont-girafe-1987").ShouldBe([PasswordProblem.ContainsLogin]);
    }

    [Fact]
    public void Refuses_a_password_containing_the_login_written_without_its_dot_or_accents()
    {
        Check("Lea Martin aime les girafes", login: "léa.martin").ShouldBe([PasswordProblem.ContainsLogin]);
    }

    [Fact]
    public void Refuses_a_password_containing_the_login_with_its_ligatures_spelt_out()
    {
        Check("Laetitia Oeuvray aime les girafes", login: "lætitia.œuvray").ShouldBe([PasswordProblem.ContainsLogin]);
    }

    [Fact]
    public void Ignores_a_login_too_short_to_mean_anything()
    {
        Check("Jolies girafes sous la pluie", login: "jo").ShouldBeEmpty();
    }

    [Fact]
    public void Refuses_a_password_containing_the_towns_name_with_its_accents_folded()
    {
        Check("Mes enfants mangent a demo le midi").ShouldBe([PasswordProblem.ContainsStructureName]);
    }

    [Fact]
    public void Refuses_a_password_containing_the_towns_name_with_its_accents()
    {
        Check("Mes enfants mangent à DÉMO le midi").ShouldBe([PasswordProblem.ContainsStructureName]);
    }

    [Fact]
    public void Refuses_each_distinctive_word_of_a_compound_town_name()
    {
        const string town = "Saint-Martin-d'Hères";
        const string slug = "saint-martin-dheres";

        Check("Les girafes de Martin sous la pluie", town: town, slug: slug).ShouldBe([PasswordProblem.ContainsStructureName]);
        Check("Les girafes de heres sous la pluie", town: town, slug: slug).ShouldBe([PasswordProblem.ContainsStructureName]);
    }

    [Fact]
    public void Refuses_a_password_containing_the_slug()
    {
        Check("Girafes villededemo pluie", town: "Mairie", slug: "ville-de-demo").ShouldBe([PasswordProblem.ContainsStructureName]);
    }

    [Theory]
    [InlineData("La ville est belle sous la pluie")]
    [InlineData("Girafes de la commune sous la pluie")]
    [InlineData("Girafes saint et sauf sous la pluie")]
    public void Allows_generic_words_of_a_towns_name(string password)
    {
        Check(password, town: "Ville de Démo", slug: "demo").ShouldBeEmpty();
        Check(password, town: "Commune de Saint-Démo", slug: "saint-demo").ShouldBeEmpty();
    }

    [Fact]
    public void Ignores_town_words_shorter_than_four_letters()
    {
        Check("Le jeu de piste du mercredi soir", town: "Ville d'Eu", slug: "eu").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("motdepasse1234")]
    [InlineData("Motdepasse2024!")]
    [InlineData("azertyuiop123")]
    [InlineData("azertyazerty")]
    [InlineData("Marseille13000")]
    [InlineData("chouchouchouchou")]
    [InlineData("password1234")]
    [InlineData("123456789012")]
    [InlineData("qwertyuiop123")]
    [InlineData("aaaaaaaaaaaa")]
    public void Refuses_a_common_password(string password)
    {
        Check(password).ShouldBe([PasswordProblem.TooCommon]);
    }

    [Fact]
    public void Reports_a_common_password_only_once_its_other_problems_are_gone()
    {
        // The person fixes one thing at a time: the length comes first.
        Check("azerty").ShouldBe([PasswordProblem.TooShort]);
    }

    [Theory]
    [InlineData("Girafe violette sous la pluie")]
    [InlineData("Kx9#mPq2$vLw")]
    [InlineData("cheval-agrafe-pile-correct-1987")]
    public void Accepts_an_unguessable_password(string password)
    {
        Check(password).ShouldBeEmpty();
    }
}
