using Cantine.Accounts.Contracts.CheckResetLink;
using Cantine.Accounts.Contracts.RequestPasswordReset;
using Cantine.BuildingBlocks.Contracts.Results;
using Wolverine.Tracking;

namespace Cantine.Accounts.Tests.Features.RequestPasswordReset;

/// <summary>"Obtenir un mot de passe" (SPEC §2): the identifier and a single-use link, never a hint that an account exists.</summary>
public sealed class RequestPasswordResetTests(RequestPasswordResetTests.App app) : IClassFixture<RequestPasswordResetTests.App>
{
    public sealed class App : CantineApp
    {
        // Tracked, so that the administrator's first e-mail is out before a test counts the e-mails.
        protected override async Task SeedAsync() =>
            (await this.SendTrackedAsync("lyon", s => s.Send(Structures.Command("lyon", "Ville de Lyon")))).Result.ShouldSucceed();
    }

    private Task<(Result Result, ITrackedSession Messages)> RequestAsync(string? login, string? email, string tenant = "lyon") =>
        app.SendTrackedAsync(tenant, s => s.Send(new RequestPasswordResetCommand(login, email)));

    [Fact]
    public async Task By_login_emails_the_identifier_and_a_link_to_the_account()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Lise", "Martel");

        var (result, messages) = await RequestAsync(family.Guardian.Login, null);

        result.ShouldSucceed();
        var link = messages.LinksRequested().ShouldHaveSingleItem();
        link.TenantId.ShouldBe("lyon");
        link.UserId.ShouldBe(family.Guardian.UserId);
        link.Email.ShouldBe(family.Guardian.Email);
        link.Login.ShouldBe("lise.martel");
        link.DisplayName.ShouldBe("Lise Martel");
        link.StructureName.ShouldBe("Ville de Lyon");
        link.IsFirstConnection.ShouldBeFalse();
        link.LinkPath.ShouldStartWith("/lyon/mot-de-passe/choisir?jeton=");
        link.ExpiresAt.ShouldBe(app.Clock.GetUtcNow().AddHours(1));
        var email = app.EmailsTo(family.Guardian.Email).ShouldHaveSingleItem();
        email.TextBody.ShouldNotBeNull().ShouldContain("lise.martel");
        (await app.SendAsync("lyon", s => s.Send(new CheckResetLinkQuery(link.Token())))).ShouldSucceed().Login.ShouldBe("lise.martel");
    }

    [Fact]
    public async Task By_email_whatever_its_case_reaches_every_account_with_that_address()
    {
        var sharedEmail = Seed.UniqueEmail("foyer");
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Anna", "Besson", email: sharedEmail);
        var partner = await Seed.GuardianAsync(app, "lyon", family.FamilyId, "Marc", "Besson", email: sharedEmail);

        var (result, messages) = await RequestAsync(null, "  " + sharedEmail.ToUpperInvariant() + " ");

        result.ShouldSucceed();
        messages.LinksRequested().Select(l => l.UserId).ShouldBe([family.Guardian.UserId, partner.UserId], ignoreOrder: true);
        app.EmailsTo(sharedEmail).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Sends_one_link_when_login_and_email_name_the_same_account()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Paul", "Brun");

        var (_, messages) = await RequestAsync(family.Guardian.Login, family.Guardian.Email);

        messages.LinksRequested().ShouldHaveSingleItem().UserId.ShouldBe(family.Guardian.UserId);
    }

    [Fact]
    public async Task Answers_the_same_for_an_unknown_login_or_email_and_sends_nothing()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Iris", "Caron");
        var (known, _) = await RequestAsync(family.Guardian.Login, null);
        var before = app.Smtp.Messages.Count;

        var (unknownLogin, byLogin) = await RequestAsync("personne.inconnue", null);
        var (unknownEmail, byEmail) = await RequestAsync(null, "personne@nulle-part.test");

        unknownLogin.ShouldBe(known);
        unknownEmail.ShouldBe(known);
        byLogin.LinksRequested().ShouldBeEmpty();
        byEmail.LinksRequested().ShouldBeEmpty();
        app.Smtp.Messages.Count.ShouldBe(before);
    }

    [Fact]
    public async Task Answers_the_same_for_a_town_that_does_not_exist()
    {
        var (result, messages) = await RequestAsync("admin", "admin@lyon.test", tenant: "nulle-part");

        result.ShouldSucceed();
        messages.LinksRequested().ShouldBeEmpty();
    }

    [Fact]
    public async Task Asks_for_a_login_or_an_email()
    {
        var (result, _) = await RequestAsync(" ", null);

        result.ShouldBeRefused("LoginOrEmail", "Login");
    }

    [Fact]
    public async Task Marks_the_link_of_an_account_without_a_password_as_a_first_connection()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Jean", "Neuf", withPassword: false);

        var (_, messages) = await RequestAsync(family.Guardian.Login, null);

        messages.LinksRequested().ShouldHaveSingleItem().IsFirstConnection.ShouldBeTrue();
        app.EmailsTo(family.Guardian.Email).ShouldHaveSingleItem().Subject.ShouldBe("Votre accès au portail Cantine de Ville de Lyon");
    }
}
