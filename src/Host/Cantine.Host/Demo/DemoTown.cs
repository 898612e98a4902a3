namespace Cantine.Host.Demo;

/// <summary>The demo town's fixed logins and secrets, printed by <c>./cantine run</c> and listed in the README.</summary>
public static class DemoTown
{
    public const string Slug = "demo";
    public const string Name = "Ville de Démo";
    public const string GuardianPassword = "Parent-Repas-2026!";
    public const string StaffPassword = "Mairie-Gestion-2026!";

    /// <summary>Base32 TOTP secret of the demo administrator, so the demo can be tried with any authenticator app.</summary>
    public const string AdministratorTotpSecret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    public const string AdministratorLogin = "administrateur";
    public const string AgentLogin = "agent";
}
