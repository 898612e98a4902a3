using System.Text.RegularExpressions;
using Cantine.EndToEnd.Browser;

namespace Cantine.EndToEnd.Staff;

/// <summary>The staff's steps in the back office, with its labels.</summary>
public static class StaffSteps
{
    /// <summary>Password, then the authenticator code at the host clock's time (the account's second factor is already enabled).</summary>
    public static async Task SignInToBackOfficeAsync(this IPage page, TestClock clock, string slug, string login, string secret = TestTown.AdministratorSecret)
    {
        await page.GetByLabel("Login", new() { Exact = true }).FillAsync(login);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(TestTown.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Connexion", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/{slug}/admin/verification"));
        await page.GetByLabel("Code à 6 chiffres").FillAsync(TestTown.NextCode(clock, secret));
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();
    }

    /// <summary>The back office's band.</summary>
    public static ILocator AdminBand(this IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Menu de gestion" });

    /// <summary>Opens <paramref name="link"/> from the band: its <paramref name="group"/> is unfolded first when it is closed.</summary>
    public static async Task OpenFromBandAsync(this IPage page, string group, string link)
    {
        var band = page.AdminBand();
        var entry = band.GetByRole(AriaRole.Link, new() { Name = link, Exact = true });
        if (!await entry.IsVisibleAsync())
        {
            await band.Locator("summary", new() { HasText = group }).ClickAsync();
        }

        await entry.ClickAsync();
    }
}
