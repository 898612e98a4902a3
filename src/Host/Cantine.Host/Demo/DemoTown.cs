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

    /// <summary>The demo's PayFiP client number (<c>numcli</c>), in PayFiP's test environment (the local simulator in Development).</summary>
    public const string PayfipClientNumber = "123456";

    /// <summary>
    /// The first day of the demo's history (bookings and attendance): the first day of last month, so an administrator
    /// can preview and issue last month's invoices at once, and at least three weeks back.
    /// </summary>
    public static DateOnly HistoryStart(DateOnly today)
    {
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return lastMonth < today.AddDays(-21) ? lastMonth : today.AddDays(-21);
    }
}
