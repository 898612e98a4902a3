using System.Net;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.BackOffice;

/// <summary>Who signed in, and the invitation e-mail whose link lets a guardian choose a password and sign in.</summary>
public sealed class InvitationsPageTests(InvitationsPageTests.App app) : IClassFixture<InvitationsPageTests.App>
{
    public sealed class App : BackOfficeApp;

    [Fact]
    public async Task An_invited_guardian_chooses_a_password_through_the_link_and_signs_in()
    {
        var id = (await app.SendAsync("lyon", s => s.Send(new Cantine.Accounts.Contracts.StageFamilyImport.StageFamilyImportCommand(
            "f.csv", BackOfficeCsv.OneFamily("J-1", "Lambert", "Salomé", "salome.lambert@familles.test"))))).ShouldSucceed();
        (await app.SendAsync("lyon", s => s.Send(new Cantine.Accounts.Contracts.ImportFamilies.ImportFamiliesCommand(id)))).ShouldSucceed();
        var administrator = await app.AdministratorAsync();
        var (_, list) = await administrator.GetAsync("/lyon/admin/invitations?jamais=true&recherche=lambert");
        var row = list.QuerySelector("tbody tr")!;
        row.TextContent.ShouldContain("Jamais connecté");
        var checkbox = row.QuerySelector("input[type=checkbox]")!;

        var email = await app.Smtp.NextToAsync("salome.lambert@familles.test", async () =>
        {
            var sent = await administrator.SubmitAsync("/lyon/admin/invitations?jamais=true&recherche=lambert",
                new Dictionary<string, string> { ["selection"] = checkbox.GetAttribute("value")! }, "handler=Selection");
            PortalClient.Location(sent).ShouldBe("/lyon/admin/invitations");
        });

        email.TextBody!.ShouldContain("salome.lambert");
        using var guardian = app.CreatePortalClient();
        var link = email.PasswordLink();
        var chosen = await guardian.SubmitAsync(link, new Dictionary<string, string>
        {
            ["Choix.NouveauMotDePasse"] = TestTown.Password, ["Choix.Confirmation"] = TestTown.Password,
        });
        PortalClient.Location(chosen).ShouldBe("/lyon");
        await guardian.SignInGuardianAsync("lyon", "salome.lambert");
        (await guardian.Http.GetAsync("/lyon/accueil")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (_, after) = await administrator.GetAsync("/lyon/admin/invitations?recherche=lambert");
        after.QuerySelector("tbody tr")!.TextContent.ShouldContain("A déjà ouvert une session");
    }

    [Fact]
    public async Task Sending_without_a_selection_is_refused_on_the_page()
    {
        var administrator = await app.AdministratorAsync();

        var refused = await administrator.SubmitAsync("/lyon/admin/invitations", new Dictionary<string, string>(), "handler=Selection");

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.ReadPageAsync()).Errors().ShouldBe(["Cochez au moins un responsable, ou choisissez « tous ceux qui ne se sont jamais connectés »."]);
    }

    [Fact]
    public async Task The_list_shows_this_towns_guardians_only()
    {
        var administrator = await app.AdministratorAsync();

        var (_, page) = await administrator.GetAsync("/lyon/admin/invitations");

        page.QuerySelector("main table")!.TextContent.ShouldContain(app.Town.Family.Guardian.Login);
        page.QuerySelector("main table")!.TextContent.ShouldNotContain(app.OtherTown.Family.Guardian.Login);
    }
}
