using Cantine.Accounts.Contracts.ChangeChildCareNotes;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Families;

/// <summary>
/// Separated parents (SPEC §2): the guardian of the second family sees the shared child and nothing of the other
/// family; no family ever sees the child's care notes.
/// </summary>
public sealed class SharedChildPortalTests(SharedChildPortalTests.App app) : IClassFixture<SharedChildPortalTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        public SignedInClients Clients { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            Clients = new SignedInClients(this);
            Town = await TestTown.CreateAsync(this, "lyon");
            (await SendAsync("lyon", s => s.Send(new ChangeChildCareNotesCommand(Town.SharedChildId, "Arachide", true, "Note confidentielle")))).ShouldSucceed();
        }

        public override async ValueTask DisposeAsync()
        {
            await Clients.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_second_familys_guardian_sees_the_shared_child_and_nothing_of_the_first_family()
    {
        var father = await app.Clients.GuardianAsync("lyon", app.Town.OtherFamily.Guardian);

        var (_, home) = await father.GetAsync("/lyon/accueil");
        var main = home.QuerySelector("main")!.TextContent;

        main.ShouldContain("Jade");
        main.ShouldContain("Votre foyer : Roux");
        main.ShouldNotContain("Marie");
        main.ShouldNotContain(app.Town.Family.Guardian.Email);
        main.ShouldNotContain("Votre foyer : Durand");
    }

    [Fact]
    public async Task Neither_family_sees_the_care_notes()
    {
        foreach (var guardian in new[] { app.Town.Family.Guardian, app.Town.OtherFamily.Guardian })
        {
            var client = await app.Clients.GuardianAsync("lyon", guardian);
            var (_, home) = await client.GetAsync("/lyon/accueil");
            var html = home.DocumentElement.OuterHtml;

            html.ShouldContain("Jade");
            html.ShouldNotContain("Arachide");
            html.ShouldNotContain("Note confidentielle");
            // Case-sensitive: Shouldly ignores case by default, and a random antiforgery token may hold "pai".
            html.ShouldNotContain("PAI", Case.Sensitive);
        }
    }

    [Fact]
    public async Task A_guardian_cannot_open_the_families_staff_page()
    {
        var father = await app.Clients.GuardianAsync("lyon", app.Town.OtherFamily.Guardian);

        var (response, _) = await father.GetAsync($"/lyon/admin/familles/{app.Town.Family.FamilyId}");

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Forbidden);
    }
}
