using System.Net;
using Cantine.Accounts.Contracts.GetFamilyDetail;
using Cantine.Accounts.Contracts.ListFamilies;
using Cantine.Host.Tests.Support;

namespace Cantine.Host.Tests.Families;

/// <summary>Every family form posted without its antiforgery token is refused with the French 400 page, and changes nothing.</summary>
public sealed class FamilyFormsAntiforgeryTests(FamilyFormsAntiforgeryTests.App app) : IClassFixture<FamilyFormsAntiforgeryTests.App>
{
    public sealed class App : CantineApp
    {
        public TestTown Town { get; private set; } = null!;

        public SignedInClients Clients { get; private set; } = null!;

        protected override async Task SeedAsync()
        {
            Clients = new SignedInClients(this);
            Town = await TestTown.CreateAsync(this, "lyon");
        }

        public override async ValueTask DisposeAsync()
        {
            await Clients.DisposeAsync();
            await base.DisposeAsync();
        }
    }

    private string FamilyPage => $"/lyon/admin/familles/{app.Town.Family.FamilyId}";

    private async Task<FamilyDetailDto> DetailAsync(Guid? familyId = null) =>
        (await app.SendAsync("lyon", s => s.Send(new GetFamilyDetailQuery(familyId ?? app.Town.Family.FamilyId))))!;

    private async Task RefusedAsync(string pageUrl, IDictionary<string, string> fields, string? action = null)
    {
        var administrator = await app.Clients.StaffAsync("lyon", app.Town.Administrator);

        var response = await administrator.SubmitWithoutTokenAsync(pageUrl, fields, action);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await response.ReadPageAsync();
        page.Heading().ShouldBe("Requête invalide");
    }

    [Fact]
    public async Task Creating_a_family_without_the_token_is_refused()
    {
        await RefusedAsync("/lyon/admin/familles/nouvelle", new Dictionary<string, string>
        {
            ["Saisie.Name"] = "Forgée",
            ["Saisie.FirstName"] = "Eve",
            ["Saisie.LastName"] = "Forgée",
            ["Saisie.Email"] = "eve@forge.test",
        });

        (await app.SendAsync("lyon", s => s.Send(new ListFamiliesQuery("forgee", 1, 10, FamilySort.Name, true)))).Total.ShouldBe(0);
    }

    [Fact]
    public async Task Renaming_and_detaching_without_the_token_are_refused()
    {
        await RefusedAsync(FamilyPage, new Dictionary<string, string> { ["Renommage.Name"] = "Forgée" }, "handler=Renommer");
        await RefusedAsync(FamilyPage, new Dictionary<string, string>(), "handler=Detacher");

        var detail = await DetailAsync();
        detail.Name.ShouldBe("Durand");
        detail.Children.Select(c => c.ChildId).ShouldContain(app.Town.SharedChildId);
    }

    [Fact]
    public async Task Archiving_without_the_token_is_refused()
    {
        await RefusedAsync($"{FamilyPage}/archiver", new Dictionary<string, string>());

        (await DetailAsync()).IsArchived.ShouldBeFalse();
    }

    [Fact]
    public async Task Guardian_forms_without_the_token_are_refused()
    {
        var guardian = $"{FamilyPage}/responsables/{app.Town.Family.Guardian.UserId}";

        await RefusedAsync($"{FamilyPage}/responsables/nouveau", new Dictionary<string, string>
        {
            ["Saisie.FirstName"] = "Eve",
            ["Saisie.LastName"] = "Forgée",
            ["Saisie.Email"] = "eve@forge.test",
        });
        await RefusedAsync(guardian, new Dictionary<string, string> { ["Saisie.Email"] = "forge@forge.test" });
        await RefusedAsync(guardian, new Dictionary<string, string> { ["Identifiant.Login"] = "forge" }, "handler=Identifiant");

        var detail = await DetailAsync();
        detail.Guardians.ShouldHaveSingleItem().Login.ShouldBe(app.Town.Family.Guardian.Login);
        detail.Guardians.Single().Email.ShouldBe(app.Town.Family.Guardian.Email);
    }

    [Fact]
    public async Task Child_forms_without_the_token_are_refused()
    {
        var child = $"{FamilyPage}/enfants/{app.Town.SharedChildId}";

        await RefusedAsync($"{FamilyPage}/enfants/nouveau", new Dictionary<string, string>
        {
            ["Saisie.FirstName"] = "Forgé",
            ["Saisie.LastName"] = "Durand",
            ["Saisie.BirthDate"] = "2017-01-01",
            ["Saisie.School"] = "X",
        });
        await RefusedAsync(child, new Dictionary<string, string> { ["Saisie.FirstName"] = "Forgé" });
        await RefusedAsync(child, new Dictionary<string, string> { ["Sante.Allergies"] = "Forgée" }, "handler=Sante");

        var detail = await DetailAsync();
        var jade = detail.Children.ShouldHaveSingleItem();
        (jade.FirstName, jade.Allergies).ShouldBe(("Jade", string.Empty));
    }

    [Fact]
    public async Task Attaching_without_the_token_is_refused()
    {
        var family = await app.SendAsync("lyon", s => s.Send(new Cantine.Accounts.Contracts.CreateFamily.CreateFamilyCommand(
            "Bonnet", "Mme", "Lise", "Bonnet", "lise.bonnet@familles.test", "", null)));

        await RefusedAsync($"/lyon/admin/familles/{family.Value.FamilyId}/rattacher?recherche=jade", new Dictionary<string, string>(), "childId=");

        (await DetailAsync(family.Value.FamilyId)).Children.ShouldBeEmpty();
    }
}
