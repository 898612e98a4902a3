using Cantine.Accounts.Features.ListFamilies;

namespace Cantine.Accounts.Tests.Domain;

/// <summary>The form the family list searches in: "Élodie" is found by "elodie", "ELO" or "Elo".</summary>
public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Élodie LEFÈVRE", "elodie lefevre")]
    [InlineData("  Zoé\t Cœur  ", "zoe coeur")]
    [InlineData("Maël.Ngoma@Exemple.FR", "mael.ngoma@exemple.fr")]
    [InlineData("François-Xavier", "francois-xavier")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Lowers_case_removes_accents_and_collapses_spaces(string? value, string expected) =>
        SearchText.Normalize(value).ShouldBe(expected);

    [Fact]
    public void Splits_a_search_into_distinct_words() =>
        SearchText.Terms(" Hugo  hugo ANAÏS ").ShouldBe(["hugo", "anais"]);
}
