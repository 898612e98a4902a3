using Cantine.Accounts.Domain;

namespace Cantine.Accounts.Tests.Domain;

public sealed class LoginGeneratorTests
{
    private static readonly Func<string, bool> NothingTaken = _ => false;

    private static Func<string, bool> Taken(params string[] logins) => logins.ToHashSet(StringComparer.Ordinal).Contains;

    [Fact]
    public void Proposes_prenom_dot_nom()
    {
        LoginGenerator.Propose("Jean", "Dupont", NothingTaken).ShouldBe("jean.dupont");
    }

    [Theory]
    [InlineData("Hélène", "Lefèvre", "helene.lefevre")]
    [InlineData("François", "Bécquer", "francois.becquer")]
    [InlineData("Zoë", "Ñúñez", "zoe.nunez")]
    [InlineData("JÉRÔME", "CHÂTEAU", "jerome.chateau")]
    [InlineData("Lætitia", "Lœuvre", "laetitia.loeuvre")]
    public void Folds_accents_and_case(string firstName, string lastName, string expected)
    {
        LoginGenerator.Propose(firstName, lastName, NothingTaken).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Jean-Pierre", "Le Goff", "jeanpierre.legoff")]
    [InlineData("Anne-Sophie", "D'Artagnan", "annesophie.dartagnan")]
    [InlineData(" Marie ", " de la Tour ", "marie.delatour")]
    public void Drops_hyphens_apostrophes_and_spaces(string firstName, string lastName, string expected)
    {
        LoginGenerator.Propose(firstName, lastName, NothingTaken).ShouldBe(expected);
    }

    [Fact]
    public void Adds_2_when_the_login_is_taken()
    {
        LoginGenerator.Propose("Jean", "Dupont", Taken("jean.dupont")).ShouldBe("jean.dupont2");
    }

    [Fact]
    public void Counts_up_until_a_free_login_is_found()
    {
        LoginGenerator.Propose("Jean", "Dupont", Taken("jean.dupont", "jean.dupont2", "jean.dupont3")).ShouldBe("jean.dupont4");
    }

    [Fact]
    public void Takes_a_gap_left_by_an_earlier_login()
    {
        LoginGenerator.Propose("Jean", "Dupont", Taken("jean.dupont", "jean.dupont3")).ShouldBe("jean.dupont2");
    }

    [Fact]
    public void Uses_the_last_name_alone_when_there_is_no_first_name()
    {
        LoginGenerator.Propose("", "Dupont", NothingTaken).ShouldBe("dupont");
    }

    [Fact]
    public void Uses_the_first_name_alone_when_there_is_no_last_name()
    {
        LoginGenerator.Propose("Jean", "--", NothingTaken).ShouldBe("jean");
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("-", "'")]
    public void Falls_back_to_parent_when_the_names_have_no_letters(string firstName, string lastName)
    {
        LoginGenerator.Propose(firstName, lastName, NothingTaken).ShouldBe("parent");
        LoginGenerator.Propose(firstName, lastName, Taken("parent")).ShouldBe("parent2");
    }

    [Fact]
    public void Cuts_very_long_names_to_forty_characters()
    {
        var login = LoginGenerator.Propose("Marie-Christine-Alexandra", "de La Rochefoucauld-Montmorency", NothingTaken);

        login.ShouldBe("mariechristinealexandra.delarochefoucaul");
        login.Length.ShouldBe(40);
    }

    [Fact]
    public void Never_ends_a_cut_login_with_the_dot()
    {
        var firstName = new string('a', 39);

        LoginGenerator.Propose(firstName, "Dupont", NothingTaken).ShouldBe(firstName);
    }

    [Fact]
    public void Numbers_a_cut_login_after_the_cut()
    {
        var stem = "mariechristinealexandra.delarochefoucaul";

        LoginGenerator.Propose("Marie-Christine-Alexandra", "de La Rochefoucauld-Montmorency", Taken(stem)).ShouldBe(stem + "2");
    }
}
