using Cantine.Accounts.Domain;

namespace Cantine.Accounts.Tests.Domain;

public sealed class KeysTests
{
    [Theory]
    [InlineData("jean.dupont", "jean.dupont")]
    [InlineData("  Jean.DUPONT\t", "jean.dupont")]
    [InlineData("Hélène.Lefèvre", "hélène.lefèvre")]
    public void Finds_a_login_regardless_of_case_and_surrounding_spaces(string login, string key)
    {
        Keys.Login(login).ShouldBe(key);
    }

    [Theory]
    [InlineData("Jean.Dupont@Exemple.FR", "jean.dupont@exemple.fr")]
    [InlineData(" parent@demo.fr ", "parent@demo.fr")]
    public void Finds_an_email_regardless_of_case_and_surrounding_spaces(string email, string key)
    {
        Keys.Email(email).ShouldBe(key);
    }
}
