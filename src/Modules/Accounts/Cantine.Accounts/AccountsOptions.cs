namespace Cantine.Accounts;

/// <summary>Settings of the Accounts module (configuration section <c>Accounts</c>).</summary>
public sealed class AccountsOptions
{
    public const string Section = "Accounts";

    /// <summary>PBKDF2 iterations for new hashes; below 100,000 only for tests.</summary>
    public int PasswordHashIterations { get; set; } = 210_000;
}
