using Cantine.Accounts.Contracts.CheckResetLink;
using Cantine.Accounts.Contracts.CreateStructure;
using Cantine.Accounts.Contracts.GetStructure;
using Cantine.Accounts.Contracts.ListStructures;
using Cantine.Accounts.Contracts.SignIn;

namespace Cantine.Accounts.Tests.Features.CreateStructure;

public sealed class CreateStructureTests(CantineApp app) : IClassFixture<CantineApp>
{
    [Fact]
    public async Task Creates_the_structure_that_its_portal_then_finds()
    {
        var created = (await app.SendAsync("bourg", s => s.Send(Structures.Command("bourg", "  Ville de Bourg  ")))).ShouldSucceed();

        var structure = (await app.SendAsync("bourg", s => s.Send(new GetStructureQuery()))).ShouldNotBeNull();
        structure.Id.ShouldBe(created.StructureId);
        structure.Slug.ShouldBe("bourg");
        structure.Name.ShouldBe("Ville de Bourg");
        structure.City.ShouldBe("Bourg-en-Bresse");
        structure.ContactEmail.ShouldBe("contact@bourg.test");
        structure.PasswordMinLength.ShouldBe(12);
        (await app.SendAsync("bourg", s => s.Send(new ListStructuresQuery()))).ShouldContain(new StructureSummaryDto("bourg", "Ville de Bourg", "Bourg-en-Bresse"));
    }

    [Fact]
    public async Task Names_the_first_administrator_admin_unless_a_login_is_chosen()
    {
        var byDefault = (await app.SendAsync("nantua", s => s.Send(Structures.Command("nantua")))).ShouldSucceed();
        var chosen = (await app.SendAsync("oyonnax", s => s.Send(Structures.Command("oyonnax", adminLogin: " a.admin ")))).ShouldSucceed();

        byDefault.AdminLogin.ShouldBe("admin");
        chosen.AdminLogin.ShouldBe("a.admin");
    }

    [Fact]
    public async Task Refuses_a_slug_that_is_already_taken()
    {
        (await app.SendAsync("belley", s => s.Send(Structures.Command("belley", "Ville de Belley")))).ShouldSucceed();

        var again = await app.SendAsync("belley", s => s.Send(Structures.Command("belley", "Autre Belley")));

        again.ShouldBeRefused("StructureExists", "Slug");
        (await app.SendAsync("belley", s => s.Send(new GetStructureQuery())))!.Name.ShouldBe("Ville de Belley");
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("hangfire")]
    [InlineData("health")]
    [InlineData("Bourg")]
    [InlineData("-bourg")]
    public async Task Refuses_a_reserved_or_malformed_slug(string slug)
    {
        var result = await app.SendAsync(slug, s => s.Send(Structures.Command(slug)));

        result.ShouldBeRefused("Slug", "Slug");
        (await app.SendAsync(slug, s => s.Send(new GetStructureQuery()))).ShouldBeNull();
    }

    [Fact]
    public async Task Refuses_a_structure_sent_in_another_towns_scope()
    {
        var result = await app.SendAsync("gex", s => s.Send(Structures.Command("divonne")));

        result.ShouldBeRefused("WrongTenant");
        (await app.SendAsync("gex", s => s.Send(new GetStructureQuery()))).ShouldBeNull();
        (await app.SendAsync("divonne", s => s.Send(new GetStructureQuery()))).ShouldBeNull();
    }

    [Fact]
    public async Task Emails_the_administrator_a_first_connection_link_to_choose_a_password()
    {
        var (result, messages) = await app.SendTrackedAsync("ambronay", s => s.Send(Structures.Command("ambronay", "Ville d'Ambronay")));

        var created = result.ShouldSucceed();
        var link = messages.LinksRequested().ShouldHaveSingleItem();
        link.TenantId.ShouldBe("ambronay");
        link.UserId.ShouldBe(created.AdminUserId);
        link.Email.ShouldBe("admin@ambronay.test");
        link.Login.ShouldBe("admin");
        link.DisplayName.ShouldBe("Anne Admin");
        link.StructureName.ShouldBe("Ville d'Ambronay");
        link.IsFirstConnection.ShouldBeTrue();
        link.LinkPath.ShouldStartWith("/ambronay/mot-de-passe/choisir?jeton=");
        var email = app.EmailsTo("admin@ambronay.test").ShouldHaveSingleItem();
        email.Subject.ShouldBe("Votre accès au portail Cantine de Ville d'Ambronay");
        email.TextBody.ShouldNotBeNull().ShouldContain("http://cantine.test" + link.LinkPath);
        var check = (await app.SendAsync("ambronay", s => s.Send(new CheckResetLinkQuery(link.Token())))).ShouldSucceed();
        check.ShouldBe(new ResetLinkDto("admin", 12, IsStaff: true));
    }

    [Fact]
    public async Task The_new_administrator_cannot_sign_in_before_choosing_a_password()
    {
        (await app.SendAsync("pont", s => s.Send(Structures.Command("pont")))).ShouldSucceed();

        var signIn = await app.SendAsync("pont", s => s.Send(new SignInCommand("admin", string.Empty.PadLeft(12, 'x'), StaffOnly: true)));

        signIn.ShouldBeRefused("SignInFailed");
    }
}
