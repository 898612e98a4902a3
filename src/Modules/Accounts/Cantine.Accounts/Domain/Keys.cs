namespace Cantine.Accounts.Domain;

/// <summary>Normalised forms used to look logins and e-mails up without regard to case or spaces.</summary>
public static class Keys
{
    public static string Login(string login) => login.Trim().ToLowerInvariant();

    public static string Email(string email) => email.Trim().ToLowerInvariant();
}
