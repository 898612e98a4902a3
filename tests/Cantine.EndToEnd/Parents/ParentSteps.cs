namespace Cantine.EndToEnd.Parents;

/// <summary>The manual's steps as a parent performs them, with its labels.</summary>
public static class ParentSteps
{
    /// <summary>§1.1 steps 2 and 3: identifier, password, optionally "Se souvenir de moi", then "Connexion".</summary>
    public static async Task SignInAsync(this IPage page, string login, string password, bool remember = false)
    {
        await page.GetByLabel("Login", new() { Exact = true }).FillAsync(login);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(password);
        if (remember)
        {
            await page.GetByLabel("Se souvenir de moi").CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Connexion", Exact = true }).ClickAsync();
    }

    /// <summary>The main band (bandeau) of a signed-in parent.</summary>
    public static ILocator Band(this IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" });

    public static Task SignOutAsync(this IPage page) =>
        page.Band().GetByRole(AriaRole.Button, new() { Name = "Déconnexion" }).ClickAsync();
}
