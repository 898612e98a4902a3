using Cantine.Accounts.Domain;

namespace Cantine.Accounts.Tests.Domain;

public sealed class FlattenTests
{
    [Theory]
    [InlineData("Ville de Démo", "villededemo")]
    [InlineData("Hélène-Marie d'Arc", "helenemariedarc")]
    [InlineData("ÇA Ü Ñ ê", "caune")]
    [InlineData("jean.dupont@exemple.fr", "jeandupontexemplefr")]
    [InlineData("R2-D2", "r2d2")]
    [InlineData("Lætitia Œuvray", "laetitiaoeuvray")]
    [InlineData("CŒUR", "coeur")]
    [InlineData("", "")]
    public void Keeps_lower_case_letters_and_digits_without_accents(string value, string expected)
    {
        PasswordPolicy.Flatten(value).ShouldBe(expected);
    }

    [Fact]
    public void Turns_spaces_hyphens_and_apostrophes_into_spaces_on_request()
    {
        PasswordPolicy.Flatten("Saint-Martin-d'Hères  sur Mer", keepSpaces: true).ShouldBe("saint martin d heres  sur mer");
    }
}
