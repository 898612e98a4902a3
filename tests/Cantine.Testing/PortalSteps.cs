using System.Net;
using Shouldly;

namespace Cantine.Testing;

/// <summary>Sign-in steps through the real pages, shared by host and end-to-end tests.</summary>
public static class PortalSteps
{
    public static async Task SignInGuardianAsync(this PortalClient client, string slug, string login, string password = TestTown.Password)
    {
        var response = await client.SubmitAsync($"/{slug}", new Dictionary<string, string>
        {
            ["Connexion.Login"] = login,
            ["Connexion.MotDePasse"] = password,
        }, "handler=Connexion");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        PortalClient.Location(response).ShouldBe($"/{slug}/accueil");
    }

    public static async Task SignInStaffAsync(this PortalClient client, string slug, string login, string? secret = TestTown.AdministratorSecret)
    {
        var response = await client.SubmitAsync($"/{slug}/admin/connexion", new Dictionary<string, string>
        {
            ["Connexion.Login"] = login,
            ["Connexion.MotDePasse"] = TestTown.Password,
        });
        PortalClient.Location(response).ShouldBe($"/{slug}/admin/verification");
        var verified = await client.SubmitAsync($"/{slug}/admin/verification", new Dictionary<string, string>
        {
            ["Verification.Code"] = TestTown.NextCode(client.Clock, secret!),
        });
        PortalClient.Location(verified).ShouldBe($"/{slug}/admin");
    }
}
