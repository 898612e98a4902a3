using Cantine.Accounts.Contracts.CheckResetLink;
using Cantine.Accounts.Contracts.ResetPassword;
using Cantine.Accounts.Contracts.SignIn;
using Cantine.Accounts.Domain;
using Cantine.BuildingBlocks.Contracts.Results;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Cantine.Accounts.Tests.Features.ResetPassword;

/// <summary>Which links choose a password: the account's latest, once, within the hour, in its own town.</summary>
public sealed class ResetPasswordLinkTests(ResetPasswordLinkTests.App app) : IClassFixture<ResetPasswordLinkTests.App>
{
    private const string NewPassword = "Pomme-Poire-Abricot-Kiwi";

    public sealed class App : CantineApp
    {
        protected override async Task SeedAsync()
        {
            (await this.SendAsync("lyon", s => s.Send(Structures.Command("lyon", "Ville de Lyon")))).ShouldSucceed();
            (await this.SendAsync("vienne", s => s.Send(Structures.Command("vienne", "Ville de Vienne")))).ShouldSucceed();
        }
    }

    private Task<Result> ResetAsync(string token, string password = NewPassword, string tenant = "lyon") =>
        app.SendAsync(tenant, s => s.Send(new ResetPasswordCommand(token, password, password)));

    private Task<Result<SignedInUserDto>> SignInAsync(string login, string password) =>
        app.SendAsync("lyon", s => s.Send(new SignInCommand(login, password, StaffOnly: false)));

    [Fact]
    public async Task A_link_works_only_once()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Théo", "Dupuis");
        var link = await Links.RequestAsync(app, "lyon", family.Guardian.Login);
        (await ResetAsync(link.Token())).ShouldSucceed();

        var again = await ResetAsync(link.Token(), "Encore-Un-Autre-Mot-De-Passe");

        again.ShouldBeRefused("ResetLinkInvalid");
        (await SignInAsync(family.Guardian.Login, NewPassword)).ShouldSucceed();
    }

    [Fact]
    public async Task Refuses_another_towns_link_and_changes_nothing()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Louis", "Garcia");
        var link = await Links.RequestAsync(app, "lyon", family.Guardian.Login);

        (await ResetAsync(link.Token(), tenant: "vienne")).ShouldBeRefused("ResetLinkInvalid");

        (await SignInAsync(family.Guardian.Login, TestTown.Password)).ShouldSucceed();
        (await ResetAsync(link.Token())).ShouldSucceed();
    }

    [Fact]
    public async Task Refuses_an_expired_link()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Alix", "Muller");
        var link = await Links.RequestAsync(app, "lyon", family.Guardian.Login);
        app.Clock.Advance(TimeSpan.FromMinutes(61));

        (await ResetAsync(link.Token())).ShouldBeRefused("ResetLinkExpired");

        (await SignInAsync(family.Guardian.Login, TestTown.Password)).ShouldSucceed();
    }

    [Fact]
    public async Task Choosing_a_password_invalidates_the_accounts_other_unused_links()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Zélie", "Aubert");
        var older = await Links.RequestAsync(app, "lyon", family.Guardian.Login);
        var newer = await Links.RequestAsync(app, "lyon", family.Guardian.Login);

        (await ResetAsync(newer.Token())).ShouldSucceed();

        (await app.SendAsync("lyon", s => s.Send(new CheckResetLinkQuery(older.Token())))).ShouldBeRefused("ResetLinkInvalid");
        (await ResetAsync(older.Token(), "Un-Troisieme-Mot-De-Passe")).ShouldBeRefused("ResetLinkInvalid");
        (await SignInAsync(family.Guardian.Login, NewPassword)).ShouldSucceed();
    }

    [Fact]
    public async Task Leaves_other_accounts_links_valid()
    {
        var first = await Seed.FamilyWithGuardianAsync(app, "lyon", "Hélène", "Marty");
        var second = await Seed.FamilyWithGuardianAsync(app, "lyon", "Henri", "Marty");
        var firstLink = await Links.RequestAsync(app, "lyon", first.Guardian.Login);
        var secondLink = await Links.RequestAsync(app, "lyon", second.Guardian.Login);

        (await ResetAsync(firstLink.Token())).ShouldSucceed();

        (await ResetAsync(secondLink.Token())).ShouldSucceed();
    }

    [Fact]
    public async Task Five_concurrent_uses_of_one_link_choose_one_password_and_refuse_the_others()
    {
        var family = await Seed.FamilyWithGuardianAsync(app, "lyon", "Julien", "Bernard");
        var link = await Links.RequestAsync(app, "lyon", family.Guardian.Login);
        var passwords = Enumerable.Range(0, 5).Select(i => $"{NewPassword}-{i}").ToList();

        var results = await Task.WhenAll(passwords.Select(p => Task.Run(() => ResetAsync(link.Token(), p))));

        results.Count(r => r.IsSuccess).ShouldBe(1);
        results.Where(r => !r.IsSuccess).ShouldAllBe(r => r.Errors[0].Code == "ResetLinkInvalid");
        var chosen = passwords[Array.FindIndex(results, r => r.IsSuccess)];
        (await SignInAsync(family.Guardian.Login, chosen)).ShouldSucceed();
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession("lyon");
        var events = await session.Events.FetchStreamAsync(family.Guardian.UserId);
        events.Count(e => e.Data is PasswordChanged { Reason: PasswordChangeReason.ChosenFromLink }).ShouldBe(1);
    }
}
